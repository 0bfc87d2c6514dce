import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { expectCount, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney, uniqueEmail } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

const soldOut = PRODUCTS.find((p) => p.variants.every((v) => v.stock === 0))!
const inStock = PRODUCTS.filter((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5)).slice(0, 2)

describeJourney("a shopper in Chromium: account, cart, checkout and regions", (journey) => {
  it("registers, adds two crystals, checks out, sees the confirmation and finds the order in the account", async () => {
    const { shop } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await journey.registerCustomer(page, "Thandi", "Nkosi", uniqueEmail("thandi"), "crystal-clear-9")

    for (const product of inStock) await journey.addToCart(page, product.handle)
    await page.goto(`${shop}/cart`)
    await expectCount(page.getByTestId("cart-line"), 2)
    expect(await page.getByTestId("cart-link").innerText()).toContain("(2)")

    await page.getByRole("link", { name: "Go to checkout" }).click()
    await journey.checkOut(page, { street: "12 Florida Road", city: "Durban", postalCode: "4001" })
    const confirmation = await page.getByTestId("order-confirmation").innerText()
    const displayId = confirmation.match(/Order #(\d+)/)![1]
    await expectCount(page.getByTestId("order-line"), 2)
    expect(await page.getByTestId("cart-link").innerText()).toContain("(0)")

    await page.goto(`${shop}/account/orders`)
    expect(await page.getByTestId("order-row").first().innerText()).toContain(`Order #${displayId}`)
    await saveScreenshot(page, "desktop-account-orders")
    expect(problems).toEqual([])
  })

  it("shows a sold-out product as sold out and refuses it even when the form is forced", async () => {
    const { shop } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await page.goto(`${shop}/products/${soldOut.handle}`)
    expect(await page.getByTestId("stock-state").innerText()).toMatch(/Sold out/)
    const button = page.getByRole("button", { name: "Sold out" })
    expect(await button.isDisabled()).toBe(true)
    await button.evaluate((element) => ((element as HTMLButtonElement).disabled = false))
    await button.click()
    await page
      .getByRole("alert")
      .filter({ hasText: /not enough of this in stock/ })
      .waitFor()
    await page.goto(`${shop}/cart`)
    await page.getByText("Your cart is empty.").waitFor()
    expect(problems).toEqual([])
  })

  it("switches region and shows prices in that currency", async () => {
    const page = await journey.newPage()
    const product = PRODUCTS.find((p) => p.handle === "rose-quartz-tumbled")!
    const [, , euros] = product.variants[0].prices
    await page.goto(`${journey.shop}/products/${product.handle}`)
    await page.getByText(product.variants[0].value, { exact: true }).click()
    expect(await page.getByTestId("product-price").innerText()).toMatch(/^R\s?[\d ,.]+/)
    await page.getByLabel("Region and currency").selectOption({ label: "Europe (EUR)" })
    await page.waitForFunction(() => document.querySelector("[data-testid=product-price]")?.textContent?.includes("€"))
    await page.getByText(product.variants[0].value, { exact: true }).click()
    expect(await page.getByTestId("product-price").innerText()).toBe(`€${euros.toFixed(2)}`)
  })

  it("keeps a customer's profile and addresses, and logs out and back in", async () => {
    const { shop } = journey
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    const email = uniqueEmail("sipho")
    await journey.registerCustomer(page, "Sipho", "Zulu", email, "amethyst-dawn-3")
    await page.getByLabel(/^Phone/).fill("+27 82 555 0101")
    await page.getByRole("button", { name: "Save profile" }).click()
    await page.getByText("Saved.").waitFor()

    await page.getByRole("link", { name: "Addresses" }).click()
    await page.getByRole("heading", { name: "Your addresses" }).waitFor()
    await page.getByLabel("First name").fill("Sipho")
    await page.getByLabel("Last name").fill("Zulu")
    await page.getByLabel("Street address").fill("8 Bree Street")
    await page.getByLabel("City").fill("Cape Town")
    await page.getByLabel("Postal code").fill("8001")
    await page.getByLabel("Country").selectOption("za")
    await page.getByRole("button", { name: "Add address" }).click()
    await page.getByRole("list", { name: "Saved addresses" }).getByText("8 Bree Street").waitFor()

    await page.getByRole("button", { name: "Log out" }).click()
    await page.waitForURL(`${shop}/`)
    await page.goto(`${shop}/account/orders`)
    await page.waitForURL(/\/account\/login\?return_to=%2Faccount%2Forders/)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Password").fill("wrong-password")
    await page.getByRole("button", { name: "Log in" }).click()
    await page.getByRole("alert").filter({ hasText: "do not match" }).waitFor()
    await page.getByLabel("Password").fill("amethyst-dawn-3")
    await page.getByRole("button", { name: "Log in" }).click()
    await page.waitForURL(`${shop}/account/orders`)
    await page.getByText("No orders yet.").waitFor()
    await page.goto(`${shop}/account`)
    expect(await page.getByLabel(/^Phone/).inputValue()).toBe("+27 82 555 0101")
    expect(problems).toEqual([])
  })
})
