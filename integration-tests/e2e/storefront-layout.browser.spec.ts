import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { overflowsHorizontally, saveScreenshot, watchForProblems } from "../helpers/browser"
import { describeJourney } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

const crystal = PRODUCTS.find((p) => p.category === "crystals" && p.variants.every((v) => v.stock >= 5))!

describeJourney("the storefront's pages on a phone and from the keyboard, in Chromium", (journey) => {
  it("fits a 375 px phone screen without sideways scrolling", async () => {
    const page = await journey.newPage({ width: 375, height: 812 })
    const problems = watchForProblems(page)
    await journey.addToCart(page, crystal.handle)
    for (const [name, url] of [
      ["home", "/"],
      ["product", `/products/${crystal.handle}`],
      ["cart", "/cart"],
      ["checkout", "/checkout"],
      ["directory", "/practitioners"],
      ["practitioner", "/practitioners/nomvula-dlamini"],
      ["portal", "/practice"],
    ]) {
      await page.goto(`${journey.shop}${url}`)
      await saveScreenshot(page, `phone-${name}`)
      expect({ name, overflows: await overflowsHorizontally(page) }).toEqual({ name, overflows: false })
    }
    expect(problems).toEqual([])
  })

  it("starts keyboard users with a skip link, and every page has its own title", async () => {
    const page = await journey.newPage()
    await page.goto(`${journey.shop}/`)
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content")
    const titles = new Set<string>()
    for (const url of ["/", "/store", "/cart", "/practitioners", "/practice", `/products/${crystal.handle}`]) {
      await page.goto(`${journey.shop}${url}`)
      titles.add(await page.title())
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy()
    }
    expect(titles.size).toBe(6)
  })
})
