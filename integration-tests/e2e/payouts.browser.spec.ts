import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney } from "../helpers/storefront-journeys"

jest.setTimeout(600_000)

/**
 * The demo's earnings (seed-earnings.ts): Nomvula has a session's money paid
 * by bank transfer, another's available and more pending, all sold through
 * checkout.
 */
describeJourney("a practitioner's earnings and staff's payouts in Chromium", (journey) => {
  it("shows a practitioner their earnings, a payout's PDF statement and their ledger as CSV", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.portalLogin(page, "nomvula@avenrae.test")
    await page.getByRole("navigation", { name: "Practice portal" }).getByRole("link", { name: "Earnings" }).click()
    await page.getByRole("heading", { name: "Your earnings" }).waitFor()
    const balance = page.getByTestId("earnings-balance").filter({ hasText: "ZAR" })
    expect(await balance.innerText()).toMatch(/Pending[\s\S]*Available[\s\S]*Paid/)
    expect(await page.getByTestId("payout-method").innerText()).toMatch(/bank transfer/)
    const paid = page.getByTestId("own-payout").filter({ hasText: "EFT-DEMO-0001" })
    expect(await paid.innerText()).toMatch(/Paid on/)
    const statement = await page.request.get(await paid.getByRole("link", { name: "PDF" }).evaluate((a) => (a as HTMLAnchorElement).href))
    expect(statement.headers()["content-type"]).toBe("application/pdf")
    expect((await statement.body()).subarray(0, 5).toString()).toBe("%PDF-")
    expect(await page.getByTestId("ledger-entry").filter({ hasText: "Sale · session" }).count()).toBeGreaterThanOrEqual(3)
    expect(await page.getByTestId("ledger-entry").filter({ hasText: "Payout" }).count()).toBeGreaterThanOrEqual(1)
    const csv = await page.request.get(
      await page.getByRole("link", { name: "Download CSV" }).evaluate((a) => (a as HTMLAnchorElement).href)
    )
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/)
    expect(await csv.text()).toMatch(/^Date,Kind,Purchase,Order,[\s\S]*,sale,session,/)
    // Another practitioner's statement is not found.
    const other = await journey.newPage()
    await journey.portalLogin(other, "thabo@avenrae.test")
    const refused = await other.request.get(await paid.getByRole("link", { name: "PDF" }).evaluate((a) => (a as HTMLAnchorElement).href))
    expect(refused.status()).toBe(404)
    expect(problems).toEqual([])
  })

  it("lets staff pay what is due now and mark the bank transfer paid", async () => {
    const page = await journey.newPage({ width: 1440, height: 1000 })
    const problems = watchForProblems(page, [/favicon/, /flag-icons/])
    await journey.adminLogin(page)
    await page.getByRole("link", { name: "Payouts" }).click()
    const nomvula = page.getByTestId("payout-balance").filter({ hasText: "Nomvula" })
    await nomvula.getByText("due").waitFor()
    await nomvula.getByRole("button", { name: "Pay now" }).click()
    await page.getByText(/1 payout\(s\) opened/).waitFor()
    const row = page.getByTestId("payout-row").filter({ hasText: "Nomvula" }).filter({ hasText: "pending" })
    await expectCount(row, 1)
    await row.getByLabel("Transfer reference").fill("EFT-BROWSER-0002")
    await row.getByRole("button", { name: "Mark paid" }).click()
    await page
      .getByText("Marked paid")
      .waitFor()
      .catch(async (error) => {
        await saveScreenshot(page, "payouts-mark-paid")
        throw error
      })
    await page.getByRole("tab", { name: "Paid", exact: true }).click()
    await page.getByTestId("payout-row").filter({ hasText: "EFT-BROWSER-0002" }).waitFor()
    expect(await page.getByTestId("commission-rules").innerText()).toMatch(/Platform default 15 %/)
    expect(problems).toEqual([])
  })
})
