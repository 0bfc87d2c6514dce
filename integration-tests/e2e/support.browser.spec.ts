import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, uniqueEmail, uniqueSuffix } from "../helpers/storefront-journeys"

jest.setTimeout(600_000)

const crystal = PRODUCTS.find((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5))!

/**
 * The support desk from both sides: a shopper asks about an order from its
 * page in the account, staff add an internal note and answer in the admin,
 * and the shopper reads the answer in their thread but never the note. The
 * subject is the journey's own, so other requests on the system do not count.
 */
describeJourney("the support desk in Chromium", (journey) => {
  it("lets a shopper ask about their order; staff note and answer it in the admin, and the shopper sees the answer but not the note", async () => {
    const { shop } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Lerato", "Mokoena", uniqueEmail("lerato"), "citrine-sun-4")
    await journey.addToCart(page, crystal.handle)
    await journey.checkOut(page, { street: "3 Long Street", city: "Cape Town", postalCode: "8001" })
    const orderId = page.url().match(/\/order\/([^/]+)\/confirmed$/)![1]
    const displayId = (await page.getByTestId("order-confirmation").innerText()).match(/Order #(\d+)/)![1]

    const subject = `Where is my parcel? ${uniqueSuffix()}`
    const question = "I paid a week ago and the tracking page still says the label was created. Has it left?"
    const note = "Courier says bay 14 at the Epping depot lost the label; reprinting before we tell her."
    const answer = "Your parcel was held at the courier depot. It leaves today and should reach you by Friday."

    await page.goto(`${shop}/account/orders/${orderId}`)
    await page.getByTestId("get-help").click()
    await page.waitForURL(/\/account\/support\/new\?/)
    expect(await page.getByTestId("support-about").innerText()).toMatch(new RegExp(`^An order\\s+Order #${displayId}\\s+Placed `, "i"))
    // The link sets the category and the order: the form does not offer them.
    expect(await page.getByTestId("support-category").count()).toBe(0)
    await page.getByTestId("support-subject").fill(subject)
    await page.getByTestId("support-body").fill(question)
    await page.getByTestId("support-submit").click()
    await page.waitForURL(/\/account\/support\/[^/?]+\?sent=1$/)
    const requestId = new URL(page.url()).pathname.split("/").pop()!
    await page.getByTestId("support-sent").waitFor()
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(subject)
    expect(await page.getByTestId("support-request-about").innerText()).toContain(orderId)
    expect(await page.getByTestId("support-message-body").allInnerTexts()).toEqual([question])

    const admin = await journey.newPage({ width: 1440, height: 1000 })
    const adminProblems = watchForProblems(admin, [/favicon/, /flag-icons/])
    await journey.adminLogin(admin)
    await admin.getByRole("link", { name: "Support", exact: true }).click()
    await admin.waitForURL(/\/app\/support(\?|$)/)
    const row = admin.getByTestId("support-row").filter({ hasText: subject })
    await expectCount(row, 1)
    expect(await row.innerText()).toMatch(/Customer[\s\S]*Order[\s\S]*Open/)
    await row.click()
    await admin.waitForURL(new RegExp(`/app/support/${requestId}$`))
    const thread = admin.getByTestId("support-thread")
    await thread.getByText(question).waitFor()

    const reply = admin.getByTestId("support-reply-body")
    await reply.fill(note)
    await admin.getByTestId("support-add-note").click()
    await admin.getByText("Internal note added").waitFor()
    const notes = thread.locator('[data-testid="support-message"][data-internal="true"]')
    await expectCount(notes, 1)
    await reply.fill(answer)
    await admin.getByTestId("support-send-answer").click()
    await admin.getByText("Answer sent to the requester").waitFor()
    const shown = thread.locator('[data-testid="support-message"][data-internal="false"]')
    await expectCount(shown, 2)
    expect(await notes.innerText()).toContain("Internal note")
    expect(await notes.innerText()).toContain(note)
    expect(await shown.nth(0).innerText()).toContain(question)
    expect(await shown.nth(1).innerText()).toContain(answer)
    await saveScreenshot(admin, "admin-support-request")

    await page.goto(`${shop}/account/support/${requestId}`)
    expect(await page.getByTestId("support-message-body").allInnerTexts()).toEqual([question, answer])
    expect(await page.getByTestId("support-status").innerText()).toBe("Answered, waiting for your reply")
    // Nowhere in the page, its text or the data it was rendered from.
    const html = await page.content()
    expect(html).toContain(answer)
    expect(html).not.toContain(note)
    await saveScreenshot(page, "desktop-support-thread")
    expect([...problems, ...adminProblems]).toEqual([])
  })
})
