import { OFFERINGS_BY_KIND } from "../../src/scripts/seed/data/practitioners"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, dtstart, uniqueEmail } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

const crystal = PRODUCTS.find((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5))!

describeJourney("a shopper books a session in Chromium", (journey) => {
  let practitioner: Awaited<ReturnType<typeof journey.createPractitioner>>

  beforeAll(async () => {
    practitioner = await journey.createPractitioner({
      displayName: "Nandi Khoza",
      kind: "counsellor",
      timezone: "Africa/Johannesburg",
      offerings: [OFFERINGS_BY_KIND.healer[0]],
    })
  })

  it("picks a session time beside a crystal, pays once, finds it in My sessions and cancels it", async () => {
    const { shop } = journey
    const context = await journey.newContext({ timezoneId: "Europe/London" })
    const page = await context.newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Naledi", "Sithole", uniqueEmail("naledi"), "clear-quartz-5")

    await journey.addToCart(page, crystal.handle)
    await page.goto(`${shop}/practitioners/${practitioner.handle}`)
    const picker = page.getByTestId("slot-picker")
    await picker.getByText("Times in your zone (Europe/London)").waitFor()
    await picker.getByTestId("slot").first().click()
    await picker.getByRole("button", { name: "Add to cart" }).click()
    await picker.getByText(/Held for you/).waitFor()

    await page.goto(`${shop}/cart`)
    await expectCount(page.getByTestId("cart-line"), 2)
    await page.getByTestId("hold-countdown").waitFor() // drawn once the page's script has run
    expect(await page.getByTestId("session-time").innerText()).toMatch(/With Nandi Khoza, .*\(Europe\/London\)[\s\S]*Held for \d+:\d\d/)

    await page.getByRole("link", { name: "Go to checkout" }).click()
    await journey.checkOut(page, { street: "3 Long Street", city: "Cape Town", postalCode: "8001" })
    await expectCount(page.getByTestId("order-line"), 2)
    expect(await page.getByTestId("order-session").innerText()).toMatch(/With Nandi Khoza, .*\(Europe\/London\)/)
    const booked = await journey.downloadedCalendar(page, page.getByTestId("order-session").getByRole("link", { name: "Add to calendar" }))
    expect(booked).toMatch(/SUMMARY:Session with Nandi Khoza/)

    const card = await journey.mySessionCard(page)
    expect(await card.innerText()).toMatch(/Nandi Khoza[\s\S]*Europe\/London[\s\S]*Join online/)
    const before = await card.locator("p").nth(1).innerText()
    await card.getByRole("button", { name: "Move to another time" }).click()
    await card.getByTestId("reschedule").getByTestId("slot").last().click()
    await card.getByRole("button", { name: "Move to this time" }).click()
    await card.getByTestId("reschedule").waitFor({ state: "detached" })
    await card.getByText(before).waitFor({ state: "detached" }) // the page's new data follows the action's answer
    const moved = await journey.downloadedCalendar(page, card.getByRole("link", { name: "Add to calendar" }))
    expect(moved).toContain("SEQUENCE:1")
    expect(dtstart(moved)).not.toBe(dtstart(booked))

    await card.getByRole("button", { name: "Cancel this session" }).click()
    // The first free slot is 12–24 h or more away: 50 % or 100 % under the default policy.
    expect(await card.getByTestId("refund-quote").innerText()).toMatch(/refunds (50|100) % \(R/)
    await card.getByRole("button", { name: "Yes, cancel" }).click()
    await page.getByTestId("cancelled-session").first().waitFor()
    await expectCount(page.getByTestId("session-card"), 0)
    await saveScreenshot(page, "desktop-my-sessions")
    expect(problems).toEqual([])
  })
})
