import { accountKey, DEFAULT_RATE_LIMIT_SETTINGS, rateLimits, tooManyRequestsMessage } from "../limits"

describe("rateLimits", () => {
  it("turns the settings into limits per scope with windows in milliseconds", () => {
    expect(rateLimits(DEFAULT_RATE_LIMIT_SETTINGS)).toEqual({
      auth: { account: { limit: 10, windowMs: 900_000 }, address: { limit: 100, windowMs: 900_000 } },
      hold: { account: { limit: 30, windowMs: 60_000 }, address: { limit: 300, windowMs: 60_000 } },
    })
  })
})

describe("tooManyRequestsMessage", () => {
  it.each([
    ["login", "account", 840, "Too many sign-in attempts for this account; try again in 14 minutes"],
    ["register", "address", 90, "Too many registrations from your address; try again in 90 seconds"],
    ["reset_password", "account", 1, "Too many password reset requests for this account; try again in 1 second"],
    ["hold", "account", 45, "Too many session holds for this cart; try again in 45 seconds"],
  ] as const)("%s per %s, %d s", (action, scope, seconds, message) => {
    expect(tooManyRequestsMessage(action, scope, seconds)).toBe(message)
  })
})

describe("accountKey", () => {
  it("counts variants of one email as one account of one actor type", () => {
    expect(accountKey("customer", "  Ana@Example.COM ")).toBe(accountKey("customer", "ana@example.com"))
    expect(accountKey("customer", "ana@example.com")).not.toBe(accountKey("practitioner", "ana@example.com"))
  })
})
