import type { Page } from "playwright-core"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { browserSystem } from "../helpers/browser-system"
import { OutageBackend, startOutageBackend } from "../helpers/outage-backend"
import { describeJourney } from "../helpers/storefront-journeys"
import { startBuiltStorefront, StorefrontProcess } from "../helpers/storefront-process"

jest.setTimeout(120_000)

/**
 * How long this storefront waits for the backend (STOREFRONT_BACKEND_TIMEOUT_MS):
 * short enough for the test, long enough for the real backend on a busy machine.
 */
const TIMEOUT_MS = 5000
const crystal = PRODUCTS.find((p) => p.category === "crystals")!
const PAGES = ["/", "/practitioners/nomvula-dlamini", "/practitioners/nobody-listed-here", `/products/${crystal.handle}`, "/store"]

const UNAVAILABLE = "The shop is unavailable just now"
const NOT_FOUND = "We could not find that page"

/**
 * A second storefront, built once by the journeys' setup, started here with
 * `next start` behind a small server that passes its calls on to the running
 * backend or fails them: 500s, no answer, refused connections.
 */
describeJourney("the storefront when its backend is down or failing, in Chromium", (journey) => {
  let backend: OutageBackend
  let shop: StorefrontProcess

  beforeAll(async () => {
    const system = browserSystem()!
    backend = await startOutageBackend(system.backend)
    shop = await startBuiltStorefront({ backendUrl: backend.url, publishableKey: system.publishableKey, timeoutMs: TIMEOUT_MS })
  })

  afterAll(async () => {
    await shop?.stop()
    await backend?.goDown()
  })

  async function expectUnavailable(page: Page, path: string) {
    // Leave the previous outage page first, so its own reload cannot cut into this visit.
    await page.goto("about:blank")
    const response = await page.goto(`${shop.url}${path}`)
    await page.getByRole("heading", { name: UNAVAILABLE }).waitFor({ timeout: 10_000 })
    expect({ path, status: response?.status(), notFound: await page.getByRole("heading", { name: NOT_FOUND }).count() }).toEqual({
      path,
      // What Next sends for a page whose server render failed; an App Router page cannot choose 503.
      status: 500,
      notFound: 0,
    })
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex")
    await page.getByRole("button", { name: "Retry" }).waitFor()
  }

  it("with the backend up, a missing practitioner or product is the not-found page", async () => {
    const page = await journey.newPage()
    const home = await page.goto(`${shop.url}/`)
    // The storefront's log says why, should the page fail.
    expect({ status: home?.status(), log: home?.status() === 200 ? "" : shop.output().slice(-3000) }).toEqual({ status: 200, log: "" })
    await page.getByRole("heading", { name: "Featured crystals" }).waitFor()
    for (const path of ["/practitioners/nobody-listed-here", "/products/no-such-crystal"]) {
      const response = await page.goto(`${shop.url}${path}`)
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
      await page.getByRole("heading", { name: NOT_FOUND }).waitFor()
    }
    expect(backend.seen.pass).toBeGreaterThan(0)
  })

  it("a backend answering 500 gives the outage page, never not-found, and logs the path and cause", async () => {
    backend.setMode("error")
    const page = await journey.newPage()
    for (const path of PAGES) await expectUnavailable(page, path)
    expect(shop.output()).toMatch(/\[storefront\] backend unavailable: GET \/store\/regions — HTTP 500 An unknown error occurred\./)
  })

  it("a backend that never answers gives the outage page once the time limit passes", async () => {
    backend.setMode("hang")
    const page = await journey.newPage()
    for (const path of PAGES.slice(0, 3)) {
      const started = Date.now()
      await expectUnavailable(page, path)
      // The header's calls and the page's run side by side; a few in a row at most.
      expect(Date.now() - started).toBeLessThan(4 * TIMEOUT_MS + 3000)
    }
    expect(shop.output()).toContain(`— no answer within ${TIMEOUT_MS} ms`)
  })

  it("tries again by itself, and on Retry, and shows the page once the backend answers", async () => {
    backend.setMode("error")
    const page = await journey.newPage()
    await expectUnavailable(page, "/")
    backend.setMode("pass")
    // Nobody clicks: the page reloads by itself after 10 s.
    await page.getByRole("heading", { name: "Featured crystals" }).waitFor({ timeout: 25_000 })

    backend.setMode("error")
    await expectUnavailable(page, "/practitioners/nomvula-dlamini")
    backend.setMode("pass")
    // The page would reload by itself 10 s after it showed; within 9 s of the click it is the button's doing.
    const clicked = Date.now()
    await page.getByRole("button", { name: "Retry" }).click()
    await page.getByRole("heading", { name: "Nomvula Dlamini" }).waitFor({ timeout: 9_000 })
    expect(Date.now() - clicked).toBeLessThan(9_000)
  })

  it("a backend that refuses connections gives the outage page", async () => {
    await backend.goDown()
    const page = await journey.newPage()
    for (const path of PAGES) await expectUnavailable(page, path)
    expect(shop.output()).toMatch(/backend unavailable: GET \/store\/regions — connect ECONNREFUSED 127\.0\.0\.1:\d+/)
  })
})
