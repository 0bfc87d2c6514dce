import { DEFAULT_RATE_LIMIT_SETTINGS } from "../../../lib/rate-limit/limits"
import { rateLimitSettingsFromEnv } from "../settings-from-env"

describe("rateLimitSettingsFromEnv", () => {
  it("takes the defaults for unset or empty variables", () => {
    expect(rateLimitSettingsFromEnv({})).toEqual(DEFAULT_RATE_LIMIT_SETTINGS)
    expect(rateLimitSettingsFromEnv({ RATE_LIMIT_AUTH_PER_ACCOUNT: "" })).toEqual(DEFAULT_RATE_LIMIT_SETTINGS)
  })

  it("reads every variable", () => {
    expect(
      rateLimitSettingsFromEnv({
        RATE_LIMIT_AUTH_PER_ACCOUNT: "3",
        RATE_LIMIT_AUTH_PER_IP: "40",
        RATE_LIMIT_AUTH_WINDOW_SECONDS: "600",
        RATE_LIMIT_HOLDS_PER_CART: "7",
        RATE_LIMIT_HOLDS_PER_IP: "70",
        RATE_LIMIT_HOLDS_WINDOW_SECONDS: "30",
      })
    ).toEqual({
      authPerAccount: 3,
      authPerAddress: 40,
      authWindowSeconds: 600,
      holdsPerCart: 7,
      holdsPerAddress: 70,
      holdsWindowSeconds: 30,
    })
  })

  it.each(["0", "-5", "2.5", "ten"])("refuses %p, naming the variable", (value) => {
    expect(() => rateLimitSettingsFromEnv({ RATE_LIMIT_HOLDS_PER_CART: value })).toThrow(/RATE_LIMIT_HOLDS_PER_CART must be a whole number/)
  })
})
