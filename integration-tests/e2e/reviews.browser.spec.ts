import { DateTime } from "luxon"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { OFFERINGS_BY_KIND } from "../../src/scripts/seed/data/practitioners"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, PRACTITIONER_PASSWORD, uniqueEmail } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

const crystal = PRODUCTS.find((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5))!

/**
 * Reviews from the purchase to the page: a shopper reviews a session once
 * its practitioner marked it completed, the practitioner replies in the
 * portal and the profile shows both; a review carrying a link waits for
 * staff, who approve it in the admin. The journey's own practitioner and
 * shoppers, so the figures are exactly theirs.
 */
describeJourney("reviews in Chromium", (journey) => {
  let practitioner: Awaited<ReturnType<typeof journey.createPractitioner>>

  /** The backend as the portal or the admin calls it with a login's token; any refusal fails the test. */
  const call = async (token: string, method: string, url: string, body?: unknown) => {
    const response = await fetch(`${journey.backend}${url}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json()
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data)}`)
    return data
  }

  const practitionerToken = async (email: string) => {
    const response = await fetch(`${journey.backend}/auth/practitioner/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PRACTITIONER_PASSWORD }),
    })
    return ((await response.json()) as { token: string }).token
  }

  beforeAll(async () => {
    practitioner = await journey.createPractitioner({
      displayName: "Lindiwe Zulu",
      kind: "counsellor",
      timezone: "Africa/Johannesburg",
      offerings: [OFFERINGS_BY_KIND.healer[0]],
    })
  })

  it("lets a shopper review a completed session from My sessions; the practitioner replies, and the profile shows it with its badge, reply and figures", async () => {
    const { shop } = journey
    const zone = "Africa/Johannesburg"
    const page = await (await journey.newContext({ timezoneId: zone })).newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Ayesha", "Naidoo", uniqueEmail("ayesha"), "tiger-eye-21")

    // Checkout sells only times to come, and a session is marked once it has started: the practitioner's
    // hours today begin two to three minutes from now, with no notice, so the first free time is about to start.
    const startsAt = DateTime.now().setZone(zone).plus({ minutes: 3 }).startOf("minute")
    const token = await practitionerToken(practitioner.email)
    await call(token, "POST", "/vendor/schedule/settings", { minimum_notice_minutes: 0 })
    await call(token, "POST", "/vendor/schedule/overrides", {
      date: startsAt.toISODate(),
      intervals: [{ start: startsAt.toFormat("HH:mm"), end: "24:00" }],
    })
    await call(token, "POST", "/vendor/schedule/overrides", {
      date: startsAt.plus({ days: 1 }).toISODate(),
      intervals: [{ start: "00:00", end: "24:00" }],
    })

    await page.goto(`${shop}/practitioners/${practitioner.handle}`)
    const picker = page.getByTestId("slot-picker")
    const slot = picker.getByTestId("slot").first()
    expect(await slot.innerText()).toMatch(new RegExp(`^${startsAt.toFormat("HH:mm")} `))
    await slot.click()
    await picker.getByRole("button", { name: "Add to cart" }).click()
    await picker.getByText(/Held for you/).waitFor()
    await journey.checkOut(page, { street: "12 Florida Road", city: "Durban", postalCode: "4001" }, false)

    // Once it has started (and the order has confirmed it), the practitioner marks it completed in the portal.
    const portal = await journey.newPage()
    const portalProblems = watchForProblems(portal)
    await journey.portalLogin(portal, practitioner.email)
    const toMark = portal.getByTestId("own-booking").filter({ hasText: "Ayesha Naidoo" })
    await portal.goto(`${shop}/practice/bookings?view=to_mark`)
    while (!(await toMark.count()) && Date.now() < startsAt.toMillis() + 90_000) {
      await portal.waitForTimeout(2_000)
      await portal.reload()
    }
    await toMark.getByRole("button", { name: "Mark completed" }).click()
    await toMark.getByText("Marked as completed.").waitFor()
    expect(await toMark.getByTestId("own-booking-status").innerText()).toBe("Completed")

    await page.goto(`${shop}/account/sessions`)
    const past = page.getByTestId("past-session").filter({ hasText: practitioner.displayName })
    await expectCount(past, 1)
    expect(await past.innerText()).toMatch(/· Completed/)
    await past.getByTestId("write-review").click()
    expect(await page.getByTestId("review-purchase").innerText()).toContain(`Session with ${practitioner.displayName}`)
    const form = page.getByTestId("review-form")
    await form.getByRole("radio", { name: "5 stars" }).check()
    await form.getByLabel(/^Title/).fill("Calm and clear")
    await form.getByLabel(/^Your review/).fill("Lindiwe listened first and never rushed me. I left with a plan for the week.")
    await form.getByRole("button", { name: "Publish review" }).click()
    await page.waitForURL(/\/account\/reviews\?written=published$/)
    expect(await page.getByTestId("review-written").innerText()).toBe("Thank you. Your review is published.")
    const own = page.getByTestId("own-review").filter({ hasText: "Calm and clear" })
    await expectCount(own, 1)
    expect(await own.getByTestId("own-review-status").innerText()).toBe("Published")
    expect(await own.getByTestId("review-badge").innerText()).toBe("Verified session")
    await page.goto(`${shop}/account/sessions`)
    expect(await past.getByTestId("write-review").count()).toBe(0)
    await past.getByRole("link", { name: "Your review" }).waitFor()

    const reply = "Thank you, Ayesha. Bring your notes next time and we will see how the week went."
    await portal.getByRole("navigation", { name: "Practice portal" }).getByRole("link", { name: "Reviews" }).click()
    const ofMe = portal.getByTestId("vendor-review").filter({ hasText: "Calm and clear" })
    await expectCount(ofMe, 1)
    expect(await ofMe.getByTestId("review-author").innerText()).toBe("Ayesha N.")
    await ofMe.getByTestId("reply-open").click()
    const replyForm = ofMe.getByTestId("reply-form")
    await replyForm.getByLabel("Your public reply").fill(reply)
    await replyForm.getByRole("button", { name: "Publish reply" }).click()
    await replyForm.getByText("Your reply is published.").waitFor()
    expect(await ofMe.getByTestId("reply-status").innerText()).toBe("Published")

    await page.goto(`${shop}/practitioners/${practitioner.handle}`)
    // The rating under the name (the directory's stored figures) agrees with the reviews below.
    expect(await page.getByText(/^★ \d\.\d \(\d+ reviews?\)$/).innerText()).toBe("★ 5.0 (1 review)")
    const section = page.getByTestId("reviews-section")
    expect(await section.getByTestId("rating-average").innerText()).toBe("5.0")
    expect(await section.getByTestId("rating-count").innerText()).toBe("1 review")
    const distribution = section.getByTestId("rating-distribution")
    expect(await distribution.getByTestId("rating-bar-count").allInnerTexts()).toEqual(["1", "0", "0", "0", "0"])
    const shown = section.getByTestId("review").filter({ hasText: "Calm and clear" })
    await expectCount(shown, 1)
    expect(await shown.getByTestId("review-author").innerText()).toBe("Ayesha N.")
    expect(await shown.getByTestId("review-badge").innerText()).toBe("Verified session")
    expect(await shown.getByTestId("review-reply").innerText()).toContain(reply)
    await saveScreenshot(page, "desktop-practitioner-reviews")
    expect([...problems, ...portalProblems]).toEqual([])
  })

  it("holds a review carrying a link until staff approve it in the admin; then it is published on the product's page", async () => {
    const { shop } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Sipho", "Khumalo", uniqueEmail("sipho"), "smoky-quartz-8")
    await journey.addToCart(page, crystal.handle)
    await journey.checkOut(page, { street: "5 Church Street", city: "Pietermaritzburg", postalCode: "3201" })
    const orderId = page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]

    // Staff ship the crystal (the admin's own fulfilment routes): a product can be reviewed once it is shipped.
    const staff = await journey.staffToken()
    const { order } = await call(staff, "GET", `/admin/orders/${orderId}?fields=id,*items`)
    const items = order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: Number(item.quantity) }))
    await call(staff, "POST", `/admin/orders/${orderId}/fulfillments`, { items })
    const { order: fulfilled } = await call(staff, "GET", `/admin/orders/${orderId}?fields=id,*fulfillments`)
    await call(staff, "POST", `/admin/orders/${orderId}/fulfillments/${fulfilled.fulfillments[0].id}/shipments`, { items })

    await page.goto(`${shop}/account/reviews`)
    const toReview = page.getByTestId("reviewable").filter({ hasText: crystal.title })
    await expectCount(toReview, 1)
    await toReview.getByTestId("write-review").click()
    const form = page.getByTestId("review-form")
    await form.getByRole("radio", { name: "4 stars" }).check()
    await form.getByLabel(/^Title/).fill("Whole and well packed")
    await form.getByLabel(/^Your review/).fill("It arrived whole, wrapped in paper. How I cleanse mine: see www.example.com")
    await form.getByRole("button", { name: "Publish review" }).click()
    await page.waitForURL(/\/account\/reviews\?written=pending$/)
    expect(await page.getByTestId("review-written").innerText()).toBe("Thank you. Your review will be shown once checked.")
    const own = page.getByTestId("own-review").filter({ hasText: "Whole and well packed" })
    expect(await own.getByTestId("own-review-status").innerText()).toBe("Waiting to be checked")
    await page.goto(`${shop}/products/${crystal.handle}`)
    expect(await page.getByTestId("reviews-section").getByTestId("review").filter({ hasText: "Whole and well packed" }).count()).toBe(0)

    const admin = await journey.newPage({ width: 1440, height: 1000 })
    const adminProblems = watchForProblems(admin, [/favicon/, /flag-icons/])
    await journey.adminLogin(admin)
    await admin.getByRole("link", { name: "Reviews", exact: true }).click()
    const queued = admin.getByTestId("review-row").filter({ hasText: "Whole and well packed" })
    await expectCount(queued, 1)
    expect(await queued.innerText()).toMatch(/Sipho K\.[\s\S]*product[\s\S]*Link[\s\S]*Verified purchase[\s\S]*pending/i)
    await queued.getByRole("button", { name: "Approve" }).click()
    await admin.getByText("Review approved").waitFor()
    await queued.waitFor({ state: "detached" }) // it leaves the queue
    await admin.getByRole("tab", { name: "Published", exact: true }).click()
    const published = admin.getByTestId("review-row").filter({ hasText: "Whole and well packed" })
    await expectCount(published, 1)
    expect(await published.innerText()).toMatch(/published/i)
    expect(await published.getByRole("button", { name: "Approve" }).count()).toBe(0)
    await saveScreenshot(admin, "admin-reviews")

    await page.goto(`${shop}/account/reviews`)
    expect(await own.getByTestId("own-review-status").innerText()).toBe("Published")
    await page.goto(`${shop}/products/${crystal.handle}`)
    const shown = page.getByTestId("reviews-section").getByTestId("review").filter({ hasText: "Whole and well packed" })
    await expectCount(shown, 1)
    expect(await shown.getByTestId("review-badge").innerText()).toBe("Verified purchase")
    expect(await shown.getByTestId("review-body").innerText()).toContain("see www.example.com")
    expect([...problems, ...adminProblems]).toEqual([])
  })
})
