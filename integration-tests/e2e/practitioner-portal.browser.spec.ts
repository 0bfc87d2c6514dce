import path from "node:path"
import { OFFERINGS_BY_KIND } from "../../src/scripts/seed/data/practitioners"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, uniqueEmail } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

describeJourney("a practitioner's portal in Chromium", (journey) => {
  it("lets a practitioner keep their hours and time off in the portal, and cancel a client's session", async () => {
    const { shop } = journey
    const now = Date.now()
    const practitioner = await journey.createPractitioner({
      displayName: "Sello Radebe",
      kind: "prophet",
      timezone: "Africa/Johannesburg",
      offerings: [OFFERINGS_BY_KIND.prophet[0]],
    })
    const { client, problems } = await journey.newClientBooks(practitioner.handle, "Africa/Johannesburg", ["Zanele", "Mthembu"])
    const picker = client.getByTestId("slot-picker")
    expect(await client.getByText("Delivering to").count()).toBe(0)
    await journey.mySessionCard(client)

    const portal = await journey.newPage()
    const portalProblems = watchForProblems(portal)
    await journey.portalLogin(portal, practitioner.email)
    await portal.getByRole("link", { name: "Hours" }).click()
    const week = portal.getByTestId("weekly-hours")
    await week.getByRole("button", { name: "Add hours on Sunday" }).click()
    await week.getByLabel("Sunday from").fill("14:00")
    await week.getByLabel("Sunday until").fill("16:30")
    await week.getByRole("button", { name: "Save weekly hours" }).click()
    await week.getByText("Your weekly hours are saved.").waitFor()

    // A day off on the second bookable day (the practitioner's zone is the shopper's here) takes it out of the picker.
    await client.goto(`${shop}/practitioners/${practitioner.handle}`)
    const dayOff = await picker.locator("button[data-date]").nth(1).getAttribute("data-date")
    await portal.getByLabel("Date", { exact: true }).fill(dayOff!)
    await portal.getByLabel("Day off").check()
    await portal.getByRole("button", { name: "Save this date" }).click()
    await portal.getByText(`${dayOff} is a day off.`).waitFor()
    const [firstAway, lastAway] = [40, 44].map((days) => new Date(now + days * 86_400_000).toISOString().slice(0, 10))
    const dayText = (date: string) =>
      new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })
    await portal.getByLabel("First day away").fill(firstAway)
    await portal.getByLabel("Last day away").fill(lastAway)
    await portal.getByRole("button", { name: "Add time off" }).click()
    await portal.getByText(`You are away from ${firstAway} to ${lastAway}.`).waitFor()
    await portal.reload()
    expect(await portal.getByTestId("time-off").innerText()).toContain(`${dayText(firstAway)} – ${dayText(lastAway)}`)
    expect(await portal.getByTestId("date-override").innerText()).toContain("Day off")
    expect(await week.getByLabel("Sunday from").inputValue()).toBe("14:00")
    await client.reload()
    await picker.getByTestId("slot").first().waitFor()
    expect(await picker.locator(`button[data-date="${dayOff}"]`).count()).toBe(0)

    await portal.getByRole("link", { name: "Bookings" }).click()
    const booking = portal.getByTestId("own-booking").filter({ hasText: "Zanele Mthembu" })
    await expectCount(booking, 1)
    await booking.getByRole("button", { name: "Cancel this session" }).click()
    await booking.getByLabel("Why you cancel").fill("I am called away to a funeral; please book another day.")
    await booking.getByRole("button", { name: "Cancel and refund" }).click()
    await booking.getByText("Cancelled; your client is refunded in full.").waitFor()
    expect(await booking.getByTestId("own-booking-status").innerText()).toBe("Cancelled")
    await saveScreenshot(portal, "desktop-portal-bookings")
    await portal.goto(`${shop}/practice/bookings?view=cancelled`)
    expect(await portal.getByTestId("own-booking").first().innerText()).toMatch(/Zanele Mthembu[\s\S]*called away to a funeral/)

    await client.goto(`${shop}/account/sessions`)
    expect(await client.getByTestId("cancelled-session").first().innerText()).toMatch(/Sello Radebe[\s\S]*refunded R\s?\d/)
    expect([...problems, ...portalProblems]).toEqual([])
  })

  it("lets a practitioner apply in the portal; once staff approve, they are in the directory", async () => {
    const { shop, backend } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page, [/404 .*\/practitioners\/zanele-mthembu/])
    const email = uniqueEmail("zanele")
    await page.goto(`${shop}/practice/apply`)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel(/^Password/).fill("healing-hands-7")
    await page.getByLabel("Name shoppers see").fill("Zanele Mthembu")
    await page.getByLabel("You are a").selectOption("medium")
    await page.getByLabel(/Specialties/).fill("bone throwing, ancestral connection")
    await page.getByLabel(/Languages/).fill("English, isiZulu")
    await page.getByLabel("About you").fill("Zanele reads for clients in Umlazi and online.")
    await page.getByLabel(/^City/).fill("Durban")
    await page.getByLabel(/Country code/).fill("ZA")
    await page.getByRole("button", { name: "Send my application" }).click()
    await page.waitForURL(`${shop}/practice`)
    expect(await page.getByTestId("practice-status").innerText()).toBe("pending")
    expect((await page.goto(`${shop}/practitioners/zanele-mthembu`))!.status()).toBe(404)

    const token = await journey.staffToken()
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" }
    const listed = await (await fetch(`${backend}/admin/practitioners?q=${encodeURIComponent(email)}`, { headers: auth })).json()
    const approve = await fetch(`${backend}/admin/practitioners/${listed.practitioners[0].id}/approve`, {
      method: "POST",
      headers: auth,
      body: "{}",
    })
    expect(approve.status).toBe(200)

    await page.goto(`${shop}/practice`)
    expect(await page.getByTestId("practice-status").innerText()).toBe("approved")
    await page.getByRole("link", { name: "Offerings" }).click()
    await page.getByLabel("Title").fill("Ancestral reading")
    await page.getByLabel("Price in rand, duration 1").fill("550")
    await page.getByRole("button", { name: "Publish offering" }).click()
    await page.getByText("Your offering is published.").waitFor()

    await page.goto(`${shop}/practitioners?kind=medium&specialty=bone%20throwing`)
    const card = page.getByTestId("practitioner-card")
    await expectCount(card, 1)
    expect(await card.innerText()).toContain("Zanele Mthembu")
    await card.getByRole("link").click()
    await page.getByRole("heading", { name: /Zanele Mthembu/ }).waitFor()
    expect(await page.getByTestId("offering").innerText()).toMatch(/Ancestral reading[\s\S]*R\s?550/)
    expect(problems).toEqual([])
  })

  it("lets a practitioner log in to the portal, change time zone and picture, and hide an offering", async () => {
    const practitioner = await journey.createPractitioner({
      displayName: "Camila Reyes",
      kind: "counsellor",
      timezone: "America/New_York",
      offerings: OFFERINGS_BY_KIND.healer.slice(0, 2),
    })
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.portalLogin(page, practitioner.email)
    expect(await page.getByTestId("practice-status").innerText()).toBe("approved")

    await page.getByRole("link", { name: "Profile" }).click()
    await page.getByLabel("Your time zone").selectOption("America/Chicago")
    await page.getByRole("button", { name: "Save profile" }).click()
    await page.getByText("Your profile is saved.").waitFor()
    await page.getByLabel(/Your picture/).setInputFiles(path.join(__dirname, "../../src/scripts/seed/images/rose-quartz.png"))
    await page.getByRole("button", { name: "Upload" }).click()
    await page.getByText("Your picture is saved.").waitFor()

    await page.getByRole("link", { name: "Offerings" }).click()
    const renamed = page.getByTestId("own-offering").nth(1)
    await renamed.getByText(/^Edit /).click()
    await renamed.getByLabel("Title").fill("Breathwork and Reiki")
    await renamed.getByRole("button", { name: "Save changes" }).click()
    await page.getByTestId("own-offering").filter({ hasText: "Breathwork and Reiki" }).first().waitFor()
    const offering = page.getByTestId("own-offering").first()
    const title = (await offering.getByRole("heading").innerText()).trim()
    await offering.getByRole("button", { name: "Hide from shoppers" }).click()
    await page.getByTestId("own-offering").filter({ hasText: "(hidden)" }).first().waitFor()

    await page.goto(`${journey.shop}/practitioners/${practitioner.handle}`)
    expect(await page.getByText("America/Chicago".replace("_", " ")).count()).toBeGreaterThan(0)
    expect(await page.locator('img[src*="_next/image"]').count()).toBeGreaterThan(0)
    const shown = await page.getByTestId("offering").allInnerTexts()
    expect(shown).not.toContainEqual(expect.stringContaining(title))
    expect(shown).toContainEqual(expect.stringContaining("Breathwork and Reiki"))
    expect(problems).toEqual([])
  })
})
