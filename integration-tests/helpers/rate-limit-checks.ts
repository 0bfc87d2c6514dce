import { randomUUID } from "node:crypto"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"

type Response = { status: number; data: any; headers: Record<string, any> }
type Api = { post: (url: string, body: unknown, config?: object) => Promise<Response> }

/** Limits the rate limit suites boot with, set before the app loads (see rateLimitEnv). */
export const TEST_LIMITS = {
  RATE_LIMIT_AUTH_PER_ACCOUNT: "5",
  RATE_LIMIT_AUTH_PER_IP: "30",
  RATE_LIMIT_AUTH_WINDOW_SECONDS: "900",
  RATE_LIMIT_HOLDS_PER_CART: "3",
  RATE_LIMIT_HOLDS_PER_IP: "1000",
  RATE_LIMIT_HOLDS_WINDOW_SECONDS: "60",
}

/** Sets TEST_LIMITS for the app the suite boots, and puts the environment back afterwards. */
export function useTestLimits() {
  const previous: Record<string, string | undefined> = {}
  beforeAll(() => {
    for (const [key, value] of Object.entries(TEST_LIMITS)) {
      previous[key] = process.env[key]
      process.env[key] = value
    }
  })
  afterAll(() => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
}

/**
 * A client at one address, as the load balancer in front of the servers
 * reports it (X-Forwarded-For; Medusa trusts one proxy hop). Each test takes
 * its own address, so the per-address counters of one test never touch another's.
 */
export function clientAt(api: Api, address: string, publishableKey?: string) {
  const headers: Record<string, string> = { "x-forwarded-for": address }
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey
  const config = { headers, validateStatus: () => true }
  return {
    post: (url: string, body: unknown = {}) => api.post(url, body, config),
    login: (email: string, password: string) => api.post("/auth/customer/emailpass", { email, password }, config),
  }
}

export function uniqueEmail(name: string) {
  return `${name}-${randomUUID().slice(0, 8)}@example.com`
}

/** A refusal as a user sees it: 429, a wait in Retry-After within the window, and a message saying what and when. */
export function expectRefused(response: Response, message: RegExp, windowSeconds: number) {
  expect(response.status).toBe(429)
  const retryAfter = Number(response.headers["retry-after"])
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  expect(response.data.message).toMatch(message)
  expect(response.data.message).toMatch(/try again in \d+ (seconds?|minutes)/)
}

/** The checks both stores (memory, Redis) must pass. */
export function rateLimitChecks(getApi: () => Api, getContainer: () => MedusaContainer) {
  const PASSWORD = "rose-quartz-77"
  const perAccount = Number(TEST_LIMITS.RATE_LIMIT_AUTH_PER_ACCOUNT)
  const authWindow = Number(TEST_LIMITS.RATE_LIMIT_AUTH_WINDOW_SECONDS)

  async function registered(address: string, name: string) {
    const email = uniqueEmail(name)
    const response = await clientAt(getApi(), address).post("/auth/customer/emailpass/register", { email, password: PASSWORD })
    expect(response.status).toBe(200)
    return email
  }

  it("cuts off a brute-force loop against one account with 429 and Retry-After, while another user still signs in", async () => {
    const attacker = clientAt(getApi(), "198.51.100.10")
    const victim = await registered("198.51.100.11", "victim")
    const other = await registered("198.51.100.12", "other")

    const attempts: Response[] = []
    for (let i = 0; i < perAccount + 3; i++) attempts.push(await attacker.login(victim, `guess-${i}`))
    expect(attempts.slice(0, perAccount).map((r) => r.status)).toEqual(Array(perAccount).fill(401))
    for (const refused of attempts.slice(perAccount)) expectRefused(refused, /sign-in attempts for this account/, authWindow)

    // Case variants are the same account; the right password waits too, until the window closes.
    expectRefused(await attacker.login(victim.toUpperCase(), "another-guess"), /for this account/, authWindow)
    expectRefused(await clientAt(getApi(), "198.51.100.13").login(victim, PASSWORD), /for this account/, authWindow)

    // Another user, even from the attacker's address, signs in; successful sign-ins never add up.
    for (let i = 0; i < perAccount + 2; i++) {
      const login = await attacker.login(other, PASSWORD)
      expect(login.status).toBe(200)
      expect(login.data.token).toEqual(expect.any(String))
    }
  })

  it("counts simultaneous attempts on one account exactly: the limit lets through that many, no more", async () => {
    const victim = await registered("198.51.100.20", "burst")
    const attempts = await Promise.all(
      Array.from({ length: 3 * perAccount }, (_, i) => clientAt(getApi(), `198.51.100.${21 + i}`).login(victim, `guess-${i}`))
    )
    const statuses = attempts.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(perAccount)
    expect(statuses.filter((s) => s === 429)).toHaveLength(2 * perAccount)
  })

  it("cuts off one address trying many accounts, while other addresses are unaffected", async () => {
    const perAddress = Number(TEST_LIMITS.RATE_LIMIT_AUTH_PER_IP)
    const sprayer = clientAt(getApi(), "203.0.113.40")
    for (let i = 0; i < perAddress; i++) {
      expect((await sprayer.login(uniqueEmail(`spray${i}`), "password-1")).status).toBe(401)
    }
    expectRefused(await sprayer.login(uniqueEmail("spray-last"), "password-1"), /sign-in attempts from your address/, authWindow)
    expect((await clientAt(getApi(), "203.0.113.41").login(uniqueEmail("elsewhere"), "password-1")).status).toBe(401)
  })

  it("cuts off guessing reset tokens from one address, while other addresses are unaffected", async () => {
    const perAddress = Number(TEST_LIMITS.RATE_LIMIT_AUTH_PER_IP)
    const update = (address: string, token: string) =>
      getApi().post(
        "/auth/customer/emailpass/update",
        { password: "new-password-1" },
        { headers: { "x-forwarded-for": address, authorization: `Bearer ${token}` }, validateStatus: () => true }
      )
    for (let i = 0; i < perAddress; i++) expect((await update("203.0.113.60", `guessed-token-${i}`)).status).toBe(401)
    expectRefused(await update("203.0.113.60", "guessed-token-last"), /password changes from your address/, authWindow)
    expect((await update("203.0.113.61", "guessed-token-elsewhere")).status).toBe(401)
  })

  it("limits password reset requests per account", async () => {
    const client = clientAt(getApi(), "203.0.113.50")
    const email = uniqueEmail("forgetful")
    for (let i = 0; i < perAccount; i++) {
      expect((await client.post("/auth/customer/emailpass/reset-password", { identifier: email })).status).toBe(201)
    }
    expectRefused(
      await client.post("/auth/customer/emailpass/reset-password", { identifier: email }),
      /password reset requests for this account/,
      authWindow
    )
  })

  it("limits session holds per cart, and other carts go on", async () => {
    const perCart = Number(TEST_LIMITS.RATE_LIMIT_HOLDS_PER_CART)
    const { result } = await createApiKeysWorkflow(getContainer()).run({
      input: { api_keys: [{ title: "Rate limit test", type: "publishable", created_by: "" }] },
    })
    const client = clientAt(getApi(), "203.0.113.60", result[0].token)
    // The limit counts before the body is checked, so even refused holds use up the cart's allowance.
    for (let i = 0; i < perCart; i++) {
      const hold = await client.post("/store/carts/cart_limited/bookings", {})
      expect([hold.status, hold.data.message]).toEqual([400, expect.stringMatching(/variant_id/)])
    }
    expectRefused(await client.post("/store/carts/cart_limited/bookings", {}), /session holds for this cart/, 60)
    expect((await client.post("/store/carts/cart_other/bookings", {})).status).toBe(400)
  })
}
