import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { DEFAULT_RATE_LIMIT_SETTINGS, RateLimitSettings } from "../../lib/rate-limit/limits"

const D = DEFAULT_RATE_LIMIT_SETTINGS

/** A whole number from 1 up; unset or empty means the default. */
const count = (fallback: number) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).max(100_000_000).default(fallback))

const RateLimitEnv = z.object({
  RATE_LIMIT_AUTH_PER_ACCOUNT: count(D.authPerAccount),
  RATE_LIMIT_AUTH_PER_IP: count(D.authPerAddress),
  RATE_LIMIT_AUTH_WINDOW_SECONDS: count(D.authWindowSeconds),
  RATE_LIMIT_HOLDS_PER_CART: count(D.holdsPerCart),
  RATE_LIMIT_HOLDS_PER_IP: count(D.holdsPerAddress),
  RATE_LIMIT_HOLDS_WINDOW_SECONDS: count(D.holdsWindowSeconds),
})

/** The rate limit settings from the RATE_LIMIT_* variables; a bad value stops the server at boot, naming the variable. */
export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv): RateLimitSettings {
  const parsed = RateLimitEnv.safeParse(env)
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${names} must be a whole number of at least 1 (or unset for the default); see .env.template`
    )
  }
  const e = parsed.data
  return {
    authPerAccount: e.RATE_LIMIT_AUTH_PER_ACCOUNT,
    authPerAddress: e.RATE_LIMIT_AUTH_PER_IP,
    authWindowSeconds: e.RATE_LIMIT_AUTH_WINDOW_SECONDS,
    holdsPerCart: e.RATE_LIMIT_HOLDS_PER_CART,
    holdsPerAddress: e.RATE_LIMIT_HOLDS_PER_IP,
    holdsWindowSeconds: e.RATE_LIMIT_HOLDS_WINDOW_SECONDS,
  }
}
