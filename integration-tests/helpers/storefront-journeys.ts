import fs from "node:fs"
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core"
import { DEMO_WEEKLY_HOURS, OfferingSeed } from "../../src/scripts/seed/data/practitioners"
import { expectCount, launchChromium, watchForProblems } from "./browser"
import { browserSystem, BrowserSystem } from "./browser-system"

/**
 * What the browser journeys share: the one system the global setup started
 * (browser-system.ts), a Chromium per file, and the steps several journeys
 * take. Each journey file creates its own customers and practitioners (unique
 * emails and handles), so it can run alone and in any order; the demo data is
 * only read.
 */
export class Journey {
  browser!: Browser
  shop = ""
  backend = ""
  private contexts: BrowserContext[] = []

  constructor(system: BrowserSystem) {
    this.shop = system.shop
    this.backend = system.backend
  }

  async newContext(options: BrowserContextOptions = {}) {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
    this.contexts.push(context)
    return context
  }

  async newPage(viewport = { width: 1280, height: 900 }) {
    return (await this.newContext({ viewport })).newPage()
  }

  async addToCart(page: Page, handle: string) {
    await page.goto(`${this.shop}/products/${handle}`)
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart.").waitFor()
  }

  /** Creates a customer account through the storefront's form; ends on the account page. */
  async registerCustomer(page: Page, firstName: string, lastName: string, email: string, password: string) {
    await page.goto(`${this.shop}/account/register`)
    await page.getByLabel("First name").fill(firstName)
    await page.getByLabel("Last name").fill(lastName)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel(/^Password/).fill(password)
    await page.getByRole("button", { name: "Create account" }).click()
    await page.getByRole("heading", { name: "Your account" }).waitFor()
  }

  async staffToken() {
    const response = await fetch(`${this.backend}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@avenrae.test", password: "avenrae-demo" }),
    })
    return ((await response.json()) as { token: string }).token
  }

  /** Places the cart's order through the checkout's steps; a cart of sessions alone has no delivery step. */
  async checkOut(page: Page, address: { street: string; city: string; postalCode: string }, delivery = true) {
    await page.goto(`${this.shop}/checkout`)
    await page.getByLabel("Street address").fill(address.street)
    await page.getByLabel("City").fill(address.city)
    await page.getByLabel("Postal code").fill(address.postalCode)
    if (delivery) {
      await page.getByRole("button", { name: "Continue to delivery" }).click()
      await page.getByRole("button", { name: "Continue to payment" }).click()
    } else {
      await page.getByRole("button", { name: "Continue to payment" }).click()
      await page.getByTestId("nothing-to-deliver").waitFor()
    }
    await page.getByTestId("place-order").click()
    await page.waitForURL(/\/order\/.+\/confirmed$/)
  }

  /** The one upcoming session in My sessions, once the order.placed subscriber has confirmed it. */
  async mySessionCard(page: Page) {
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.goto(`${this.shop}/account/sessions`)
      if (await page.getByTestId("session-card").count()) break
      await page.waitForTimeout(500)
    }
    await expectCount(page.getByTestId("session-card"), 1)
    return page.getByTestId("session-card")
  }

  async downloadedCalendar(page: Page, link: Locator) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()])
    return fs.readFileSync((await download.path())!, "utf8")
  }

  /**
   * A new client in their own zone registers, holds the practitioner's first
   * free time and pays for it alone (no delivery step); ends on the confirmation.
   */
  async newClientBooks(handle: string, timezoneId: string, [first, last]: [string, string]) {
    const client = await (await this.newContext({ timezoneId })).newPage()
    const problems = watchForProblems(client)
    await this.registerCustomer(client, first, last, uniqueEmail(first), "tiger-eye-77")
    await client.goto(`${this.shop}/practitioners/${handle}`)
    const picker = client.getByTestId("slot-picker")
    await picker.getByTestId("slot").first().click()
    await picker.getByRole("button", { name: "Add to cart" }).click()
    await picker.getByText(/Held for you/).waitFor()
    await this.checkOut(client, { street: "9 Vilakazi Street", city: "Soweto", postalCode: "1804" }, false)
    return { client, problems }
  }

  async adminLogin(page: Page) {
    await page.goto(`${this.backend}/app/login`)
    await page.locator("input[name=email]").fill("admin@avenrae.test")
    await page.locator("input[name=password]").fill("avenrae-demo")
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.waitForURL(/\/app\/orders/)
  }

  async portalLogin(page: Page, email: string, password = PRACTITIONER_PASSWORD) {
    await page.goto(`${this.shop}/practice`)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Password").fill(password)
    await page.getByRole("button", { name: "Log in to the portal" }).click()
    await page.getByTestId("practice-status").waitFor()
  }

  /**
   * An approved practitioner of this journey's own, through the API as the
   * portal and staff would make one: a login, the application, staff's
   * approval, session offerings and the demo weekly hours (weekdays and
   * Saturday mornings in their zone). Not a healer: the directory journey
   * counts the demo healers.
   */
  async createPractitioner(options: {
    displayName: string
    kind: "prophet" | "medium" | "counsellor"
    timezone: string
    offerings: OfferingSeed[]
  }) {
    const slug = options.displayName.toLowerCase().replace(/[^a-z]+/g, "-")
    const suffix = uniqueSuffix()
    const email = `${slug}.${suffix}@example.com`
    const handle = `${slug}-${suffix}`
    const call = async (method: string, url: string, token: string | undefined, body?: unknown) => {
      const response = await fetch(`${this.backend}${url}`, {
        method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const data = await response.json()
      if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data)}`)
      return data
    }
    const registered = await call("POST", "/auth/practitioner/emailpass/register", undefined, { email, password: PRACTITIONER_PASSWORD })
    const { practitioner } = await call("POST", "/vendor/practitioners", registered.token, {
      display_name: options.displayName,
      handle,
      kind: options.kind,
      specialties: ["guidance"],
      languages: ["English"],
      bio: `${options.displayName} sees clients online.`,
      city: "Durban",
      country_code: "za",
      meeting_modes: ["online"],
      timezone: options.timezone,
    })
    const { token } = await call("POST", "/auth/token/refresh", registered.token)
    await call("POST", `/admin/practitioners/${practitioner.id}/approve`, await this.staffToken(), {})
    for (const offering of options.offerings) {
      await call("POST", "/vendor/products", token, { title: offering.title, durations: offering.durations })
    }
    await call("PUT", "/vendor/schedule/weekly", token, { rules: DEMO_WEEKLY_HOURS })
    return { id: practitioner.id as string, email, handle, displayName: options.displayName }
  }

  async close() {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined)
    await this.browser?.close()
  }
}

export const PRACTITIONER_PASSWORD = "avenrae-practitioner"

let counter = 0
/** Unique within this system's life: the time, the process and a counter. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`
}

export function uniqueEmail(name: string) {
  return `${name.toLowerCase()}.${uniqueSuffix()}@example.com`
}

export const dtstart = (ics: string) => ics.match(/DTSTART:(\S+)/)?.[1]

/**
 * A describe block on the shared system with its own Chromium. Skipped (the
 * setup said why) when the setup started no system because Chromium is missing.
 */
export function describeJourney(title: string, body: (journey: Journey) => void) {
  const system = browserSystem()
  if (!system) {
    describe.skip(title, () => body(undefined as never))
    return
  }
  describe(title, () => {
    const journey = new Journey(system)
    beforeAll(async () => {
      journey.browser = await launchChromium()
    })
    afterAll(() => journey.close())
    body(journey)
  })
}
