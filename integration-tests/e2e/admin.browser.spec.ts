import { dayInZone, sessionTimes, timeInZone } from "../../admin-extensions/lib/zoned-format"
import { weekOf } from "../../admin-extensions/lib/zoned-week"
import { OFFERINGS_BY_KIND } from "../../src/scripts/seed/data/practitioners"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

describeJourney("staff in the admin, in Chromium", (journey) => {
  it("shows staff a practitioner's week in their zone and an order's session in both zones, and cancels it with a reason", async () => {
    const { backend } = journey
    const now = new Date()
    const practitioner = await journey.createPractitioner({
      displayName: "Ayanda Ngcobo",
      kind: "counsellor",
      timezone: "Africa/Johannesburg",
      offerings: [OFFERINGS_BY_KIND.healer[0]],
    })
    const { client, problems: clientProblems } = await journey.newClientBooks(practitioner.handle, "Europe/London", ["Amahle", "Zungu"])
    const orderId = client.url().match(/\/order\/([^/]+)\/confirmed$/)![1]
    await journey.mySessionCard(client) // confirmed once the order is placed

    const auth = { authorization: `Bearer ${await journey.staffToken()}` }
    const { bookings } = await (await fetch(`${backend}/admin/bookings?order_id=${orderId}`, { headers: auth })).json()
    expect(bookings).toHaveLength(1)
    const [session] = bookings
    const zone = session.practitioner.timezone

    const page = await journey.newPage({ width: 1440, height: 1000 })
    // Medusa's own order page nests a <div> in a <p>; React warns about it.
    const problems = watchForProblems(page, [/favicon/, /flag-icons/, /^Warning: validateDOMNesting[\s\S]*\/order-detail-/])
    await journey.adminLogin(page)
    await page.getByRole("link", { name: "Bookings" }).click()
    const calendar = page.getByTestId("avenrae-bookings-calendar")
    await calendar.getByRole("combobox", { name: "Practitioner" }).click()
    await page.getByRole("option", { name: "Ayanda Ngcobo" }).click()
    await calendar.getByText(`Times in Ayanda Ngcobo's zone, ${zone}.`).waitFor()
    const weeksAhead = Math.round(
      (Date.parse(weekOf(new Date(session.starts_at), zone)) - Date.parse(weekOf(now, zone))) / (7 * 86_400_000)
    )
    for (let i = 0; i < weeksAhead; i++) await calendar.getByRole("button", { name: "Next week" }).click()
    const block = calendar
      .getByRole("group", { name: dayInZone(session.starts_at, zone) })
      .getByTestId("calendar-booking")
      .filter({ hasText: "Amahle Zungu" })
    await expectCount(block, 1)
    expect(await block.innerText()).toContain(`${timeInZone(session.starts_at, zone)}–${timeInZone(session.ends_at, zone)}`)
    expect(await block.innerText()).toMatch(/confirmed[\s\S]*Healing session ·[\s\S]*Order #\d+/)
    await block.getByRole("button").click()
    const detail = page.getByTestId("booking-detail")
    await detail.getByRole("heading", { name: "Amahle Zungu with Ayanda Ngcobo" }).waitFor()
    expect(await detail.innerText()).toMatch(/Practitioner's time\s+Africa\/Johannesburg[\s\S]*Client's time\s+Europe\/London/)
    await saveScreenshot(page, "admin-bookings-calendar")
    await page.keyboard.press("Escape")
    await detail.waitFor({ state: "detached" })

    await block.getByRole("link", { name: /^Order #\d+$/ }).click()
    await page.waitForURL(new RegExp(`/app/orders/${orderId}`))
    const row = page.getByTestId("avenrae-order-bookings").getByTestId("order-booking")
    await expectCount(row, 1)
    const oneLine = (text: string) => text.replace(/\s+/g, " ")
    const shown = oneLine(await row.innerText())
    expect(shown).toMatch(/^Ayanda Ngcobo confirmed/)
    expect(shown).toContain(oneLine(`Practitioner's time ${zone} ${sessionTimes(session.starts_at, session.ends_at, zone)}`))
    expect(shown).toContain(oneLine(`Client's time Europe/London ${sessionTimes(session.starts_at, session.ends_at, "Europe/London")}`))
    expect(shown).toContain("Online: join the meeting")

    await row.getByRole("button", { name: "Cancel session" }).click()
    const dialog = page.getByRole("alertdialog")
    expect(await dialog.getByRole("button", { name: "Cancel and refund" }).isDisabled()).toBe(true)
    await dialog.getByLabel("Reason").fill("Ayanda is unwell today; we will help you rebook.")
    await dialog.getByRole("button", { name: "Cancel and refund" }).click()
    await page.getByText(/Refunded 100 %: ZAR\s?\d/).waitFor()
    await row.getByText("Cancelled by staff: Ayanda is unwell today; we will help you rebook.").waitFor()
    expect(await row.getByRole("button", { name: "Cancel session" }).count()).toBe(0)
    await saveScreenshot(page, "admin-order-bookings")
    const after = await (await fetch(`${backend}/admin/bookings?order_id=${orderId}`, { headers: auth })).json()
    expect(after.bookings[0]).toMatchObject({ status: "cancelled", cancelled_by: "staff" })
    expect([...clientProblems, ...problems]).toEqual([])
  })

  it("shows staff the practitioner pages and the product widget in the admin", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page, [/favicon/])
    await journey.adminLogin(page)
    await page.goto(`${journey.backend}/app/practitioners`)
    await page.getByTestId("avenrae-practitioners").getByRole("tab", { name: "Approved" }).click()
    await page.getByRole("link", { name: "Pieter van der Merwe" }).click()
    const detail = page.getByTestId("avenrae-practitioner-detail")
    await detail.getByText("Products they sell").waitFor()
    const quartz = detail.getByRole("link", { name: "Clear Quartz Point" })
    await quartz.click()
    const widget = page.getByTestId("avenrae-product-practitioner")
    await widget.getByText("Sold by").waitFor()
    expect(await widget.innerText()).toContain("Pieter van der Merwe")
    await saveScreenshot(page, "admin-product-practitioner")
    expect(problems).toEqual([])
  })
})
