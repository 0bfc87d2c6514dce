import { OFFERINGS_BY_KIND } from "../../src/scripts/seed/data/practitioners"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, uniqueEmail } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

const crystal = PRODUCTS.find((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5))!

describeJourney("a shopper buys event tickets in Chromium", (journey) => {
  let practitioner: Awaited<ReturnType<typeof journey.createPractitioner>>
  /** The order the shopper placed with tickets, for the admin's order page. */
  let orderId: string

  beforeAll(async () => {
    practitioner = await journey.createPractitioner({
      displayName: "Thandeka Cele",
      kind: "medium",
      timezone: "Africa/Johannesburg",
      offerings: [OFFERINGS_BY_KIND.healer[0]],
    })
  })

  it("shows upcoming events with the seats left, sold-out dates as sold out", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await page.goto(`${journey.shop}/events`)
    const card = (title: string) => page.getByTestId("event-card").filter({ hasText: title })
    expect(await card("New-moon fire ceremony").getByTestId("seats-left").innerText()).toBe("Sold out — join the waitlist")
    expect(await card("Full-moon sound circle").getByTestId("seats-left").innerText()).toBe("2 seats left")
    await page.getByRole("link", { name: "Online only" }).click()
    await page.waitForURL(/format=online/)
    await expectCount(page.getByTestId("event-card"), 1)
    expect(await page.getByTestId("event-card").innerText()).toMatch(/Reading the moon/)
    expect(problems).toEqual([])
  })

  it("buys two named tickets beside a crystal and a session, pays once, and finds their QR codes on the confirmation and in My tickets", async () => {
    const { shop } = journey
    const page = await (await journey.newContext({ timezoneId: "Africa/Johannesburg" })).newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Zodwa", "Mthembu", uniqueEmail("zodwa"), "rose-quartz-9")
    await journey.addToCart(page, crystal.handle)
    await page.goto(`${shop}/practitioners/${practitioner.handle}`)
    const picker = page.getByTestId("slot-picker")
    await picker.getByTestId("slot").first().click()
    await picker.getByRole("button", { name: "Add to cart" }).click()
    await picker.getByText(/Held for you/).waitFor()

    await page.goto(`${shop}/events/breath-and-sound-workshop-cape-town`)
    const form = page.getByTestId("ticket-form")
    await form.getByLabel("Date and ticket").selectOption({ index: 0 })
    await form.getByLabel("People").selectOption("2")
    await form.getByLabel("Attendee 1 name").fill("Zodwa Mthembu")
    await form.getByLabel("Attendee 2 name").fill("Bongani Mthembu")
    await form.getByLabel("Attendee 2 email (optional)").fill("bongani@example.com")
    await form.getByRole("button", { name: "Add 2 tickets to cart" }).click()
    await form.getByText(/Held for you\. Check out within \d+ minutes to keep these seats\./).waitFor()

    await page.goto(`${shop}/cart`)
    await expectCount(page.getByTestId("cart-line"), 3)
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await journey.checkOut(page, { street: "3 Long Street", city: "Cape Town", postalCode: "8001" })
    orderId = /\/order\/([^/]+)\/confirmed$/.exec(page.url())![1]
    await expectCount(page.getByTestId("order-line"), 3)
    // The tickets are issued as the order is placed; the page shows them once they are.
    for (let attempt = 0; attempt < 20 && !(await page.getByTestId("ticket").count()); attempt++) {
      await page.waitForTimeout(500)
      await page.reload()
    }
    await expectCount(page.getByTestId("ticket-qr"), 2)
    const codes = await page.getByTestId("ticket-code").allInnerTexts()
    expect(codes).toHaveLength(2)
    expect(new Set(codes).size).toBe(2)
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await page.getByTestId("ticket-qr").first().locator("svg").count()).toBe(1)

    await page.goto(`${shop}/account/tickets`)
    await expectCount(page.getByTestId("ticket"), 2)
    expect((await page.getByTestId("ticket").allInnerTexts()).join("\n")).toMatch(
      /Zodwa Mthembu[\s\S]*Bongani Mthembu|Bongani Mthembu[\s\S]*Zodwa Mthembu/
    )
    expect((await page.getByTestId("ticket-code").allInnerTexts()).sort()).toEqual([...codes].sort())
    await saveScreenshot(page, "desktop-my-tickets")
    expect(problems).toEqual([])

    // Bongani cannot come: his ticket alone is cancelled, the refund shown first (the workshop is weeks away: all of it).
    const bongani = page.getByTestId("ticket").filter({ hasText: "Bongani Mthembu" })
    await bongani.getByRole("button", { name: "Cancel this ticket" }).click()
    expect(await bongani.getByTestId("ticket-refund-quote").innerText()).toMatch(/^Cancelling now refunds 100 % \(.+\)\.$/)
    await bongani.getByRole("button", { name: "Yes, cancel" }).click()
    await bongani.getByText(/Refunded/).waitFor()
    expect(await page.getByTestId("ticket").filter({ hasText: "Zodwa Mthembu" }).innerText()).toMatch(/· valid/i)

    // The host's door, in the portal: typed codes are answered at once; the workshop's door opens two hours before it starts.
    const door = await journey.newPage()
    const doorProblems = watchForProblems(door)
    await journey.portalLogin(door, "pieter@avenrae.test")
    await door.getByRole("link", { name: "Check-in" }).click()
    await door.getByLabel("Ticket code").fill(codes[0].toLowerCase())
    await door.getByRole("button", { name: "Check in" }).click()
    expect(await door.getByTestId("door-answer").first().innerText()).toMatch(/Check-in opens at .+\./)
    await door.getByLabel("Ticket code").fill("AAAA-BBBB-CCCC")
    await door.getByRole("button", { name: "Check in" }).click()
    await expectCount(door.getByTestId("door-answer"), 2)
    expect(await door.getByTestId("door-answer").first().innerText()).toMatch(/AAAA-BBBB-CCCC — /)
    expect(doorProblems).toEqual([])
  })

  it("joins the waitlist of a sold-out date, and a lapsed offer's link says so", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await page.goto(`${journey.shop}/events/new-moon-fire-ceremony-durban`)
    const form = page.getByTestId("waitlist-form")
    await form.getByLabel("Seats").selectOption("2")
    await form.getByLabel("Email for the offer").fill(uniqueEmail("waiting"))
    await form.getByRole("button", { name: "Join the waitlist" }).click()
    await form.getByText(/^You are number \d+ in line\. When seats free up we email .+ a link that keeps them for you\.$/).waitFor()
    await page.goto(`${journey.shop}/waitlist/not-a-real-offer-token`)
    expect(await page.getByTestId("offer-problem").innerText()).toMatch(/not known/)
    expect(problems).toEqual([])
  })

  it("lets a host see each date's sales and attendees, put on an event and cancel a date, in the portal", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.portalLogin(page, "pieter@avenrae.test")
    const portalEvents = page.getByRole("navigation", { name: "Practice portal" }).getByRole("link", { name: "Events" })
    await portalEvents.click()
    const workshop = page.getByTestId("own-event").filter({ hasText: "Breath and sound" })
    await workshop.getByTestId("own-event-date").first().getByRole("link").click()
    await page.getByTestId("attendee").filter({ hasText: "Zodwa Mthembu" }).waitFor()
    expect(await page.getByTestId("attendee").filter({ hasText: "Bongani Mthembu" }).innerText()).toMatch(/refunded/)
    const csv = await page.request.get(
      await page.getByRole("link", { name: "Download as CSV" }).evaluate((a) => (a as HTMLAnchorElement).href)
    )
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/)
    expect(await csv.text()).toMatch(/^Name,Email,Ticket,Status,Checked in at\r\n[\s\S]*Zodwa Mthembu/)

    await portalEvents.click()
    const form = page.getByTestId("event-form")
    const title = `Sunrise breathwork ${Date.now()}`
    await form.getByLabel("Title").fill(title)
    await form.getByLabel("Kind").selectOption("workshop")
    await form.getByLabel("Venue").fill("Sea Point Pavilion")
    await form.getByLabel("Day").fill(new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10))
    await form.getByLabel("Seats").fill("12")
    await form.getByLabel("Price (ZAR)").fill("180")
    await form.getByLabel(/Put it on sale now/).check()
    await form.getByRole("button", { name: "Put on the event" }).click()
    await form.getByText("Your event is on sale.").waitFor()
    const created = page.getByTestId("own-event").filter({ hasText: title })
    expect(await created.innerText()).toMatch(/On sale[\s\S]*0 \/ 12/)
    await created.getByLabel("Reason for cancelling this date").fill("The pavilion is closed for repairs")
    await created.getByRole("button", { name: "Cancel date and refund" }).click()
    await created.getByTestId("own-event-date").getByText("· cancelled").waitFor()
    expect(problems).toEqual([])
  })

  it("shows staff the events, a date's attendees, the door, and an order's tickets in the admin", async () => {
    const page = await journey.newPage({ width: 1440, height: 1000 })
    // The door answers an unknown code with a 404 that says so: expected here.
    const problems = watchForProblems(page, [
      /favicon/,
      /flag-icons/,
      /^Warning: validateDOMNesting[\s\S]*\/order-detail-/,
      /^404 .*\/admin\/events\/check-in$/,
    ])
    await journey.adminLogin(page)
    await page.getByRole("link", { name: "Events" }).click()
    await page.getByTestId("admin-event-row").filter({ hasText: "Breath and sound" }).getByRole("link").click()
    await page.getByTestId("admin-event-date").first().click()
    await page.getByTestId("admin-attendee").filter({ hasText: "Zodwa Mthembu" }).waitFor()
    await page.getByLabel("Ticket code").fill("AAAA-BBBB-CCCC")
    await page.getByRole("button", { name: "Check in" }).click()
    expect(await page.getByTestId("admin-door-answer").innerText()).toMatch(/AAAA-BBBB-CCCC|not known|no ticket/i)

    await page.goto(`${journey.backend}/app/orders/${orderId}`)
    const tickets = page.getByTestId("avenrae-order-tickets")
    await expectCount(tickets.getByTestId("order-ticket"), 2)
    const zodwa = tickets.getByTestId("order-ticket").filter({ hasText: "Zodwa Mthembu" })
    expect(await tickets.getByTestId("order-ticket").filter({ hasText: "Bongani Mthembu" }).innerText()).toMatch(/refunded/i)
    await zodwa.getByRole("button", { name: "Cancel and refund" }).click()
    await zodwa.getByText(/^Refunded \d/).waitFor()
    expect(problems).toEqual([])
  })

  it("admits a ticket to tonight's circle at the host's door, once", async () => {
    const { shop } = journey
    // Starts in 20 minutes in Johannesburg (check-in opens two hours before), or at half past midnight if that runs past 23:00.
    const zone = "Africa/Johannesburg"
    const local = (instant: Date) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat("en-CA", {
          timeZone: zone,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
        })
          .formatToParts(instant)
          .map((part) => [part.type, part.value])
      )
      return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
    }
    const soon = local(new Date(Date.now() + 20 * 60_000))
    const start = Number(soon.time.slice(0, 2)) >= 23 ? { day: local(new Date(Date.now() + 3 * 3_600_000)).day, time: "00:30" } : soon
    const end = `${String(Number(start.time.slice(0, 2)) + 1).padStart(2, "0")}${start.time.slice(2)}`

    const host = await journey.newPage()
    const hostProblems = watchForProblems(host)
    await journey.portalLogin(host, "pieter@avenrae.test")
    await host.getByRole("navigation", { name: "Practice portal" }).getByRole("link", { name: "Events" }).click()
    const title = `Tonight's circle ${Date.now()}`
    const form = host.getByTestId("event-form")
    await form.getByLabel("Title").fill(title)
    await form.getByLabel("Venue").fill("Sea Point Pavilion")
    await form.getByLabel("Day").fill(start.day)
    await form.getByLabel("Starts").fill(start.time)
    await form.getByLabel("Ends").fill(end)
    await form.getByLabel("Price (ZAR)").fill("100")
    await form.getByLabel(/Put it on sale now/).check()
    await form.getByRole("button", { name: "Put on the event" }).click()
    await form.getByText("Your event is on sale.").waitFor()
    const eventPath = await host.getByTestId("own-event").filter({ hasText: title }).getByRole("link", { name: title }).getAttribute("href")

    const shopper = await (await journey.newContext({ timezoneId: zone })).newPage()
    const shopperProblems = watchForProblems(shopper)
    await journey.registerCustomer(shopper, "Lindani", "Mkhize", uniqueEmail("lindani"), "moon-stone-3")
    await shopper.goto(`${shop}${eventPath}`)
    const tickets = shopper.getByTestId("ticket-form")
    await tickets.getByLabel("Attendee 1 name").fill("Lindani Mkhize")
    await tickets.getByRole("button", { name: "Add ticket to cart" }).click()
    await tickets.getByText(/Held for you/).waitFor()
    await journey.checkOut(shopper, { street: "8 Beach Road", city: "Cape Town", postalCode: "8005" }, false)
    for (let attempt = 0; attempt < 20 && !(await shopper.getByTestId("ticket-code").count()); attempt++) {
      await shopper.waitForTimeout(500)
      await shopper.reload()
    }
    const code = await shopper.getByTestId("ticket-code").innerText()
    expect(shopperProblems).toEqual([])

    await host.getByRole("link", { name: "Check-in" }).click()
    await host.getByLabel("Ticket code").fill(code)
    await host.getByRole("button", { name: "Check in" }).click()
    expect(await host.getByTestId("door-answer").first().innerText()).toMatch(/ — Admitted: Lindani Mkhize$/)
    await host.getByLabel("Ticket code").fill(code)
    await host.getByRole("button", { name: "Check in" }).click()
    await expectCount(host.getByTestId("door-answer"), 2)
    expect(await host.getByTestId("door-answer").first().innerText()).toMatch(/ — Already checked in at .+ by .+ \(host\)\.$/)
    expect(hostProblems).toEqual([])
  })
})
