/**
 * Which requests are rate limited, by what, and the default limits.
 * Sign-in, registration and password-reset requests are counted per client
 * address and per account (actor type + email); a sign-in that succeeds gives
 * its hit back, so only failed attempts add up. Setting a new password with a
 * reset token names no account, so it is counted per address, under the
 * sign-in limits: guessing tokens is guessing passwords. Session holds are
 * counted per client address and per cart. Joining a waitlist is counted per
 * address and per email, under the sign-in limits: no script fills a queue or
 * signs a stranger's address up for offer after offer.
 */
export const RATE_LIMITED_ACTIONS = ["login", "register", "reset_password", "update_password", "hold", "waitlist"] as const
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number]

export type RateLimitScope = "address" | "account"

export type Limit = { limit: number; windowMs: number }
export type ActionLimits = Record<RateLimitScope, Limit>
export type RateLimits = Record<"auth" | "hold", ActionLimits>

export type RateLimitSettings = {
  authPerAccount: number
  authPerAddress: number
  authWindowSeconds: number
  holdsPerCart: number
  holdsPerAddress: number
  holdsWindowSeconds: number
}

/**
 * Ten failed sign-ins for one account in 15 minutes stops guessing, while a
 * shopper who mistypes a few times never notices; an address gets ten times
 * that (offices and the storefront's server share one). A shopper picks a few
 * slots a minute; 30 holds a minute per cart and 300 per address stop a
 * script from churning the calendar.
 */
export const DEFAULT_RATE_LIMIT_SETTINGS: RateLimitSettings = {
  authPerAccount: 10,
  authPerAddress: 100,
  authWindowSeconds: 15 * 60,
  holdsPerCart: 30,
  holdsPerAddress: 300,
  holdsWindowSeconds: 60,
}

export function rateLimits(settings: RateLimitSettings): RateLimits {
  const authWindowMs = settings.authWindowSeconds * 1000
  const holdWindowMs = settings.holdsWindowSeconds * 1000
  return {
    auth: {
      account: { limit: settings.authPerAccount, windowMs: authWindowMs },
      address: { limit: settings.authPerAddress, windowMs: authWindowMs },
    },
    hold: {
      account: { limit: settings.holdsPerCart, windowMs: holdWindowMs },
      address: { limit: settings.holdsPerAddress, windowMs: holdWindowMs },
    },
  }
}

const WHAT: Record<RateLimitedAction, string> = {
  login: "sign-in attempts",
  register: "registrations",
  reset_password: "password reset requests",
  update_password: "password changes",
  hold: "session holds",
  waitlist: "waitlist sign-ups",
}

const WHO: Record<RateLimitedAction, Record<RateLimitScope, string>> = {
  login: { account: "for this account", address: "from your address" },
  register: { account: "for this email", address: "from your address" },
  reset_password: { account: "for this account", address: "from your address" },
  update_password: { account: "for this account", address: "from your address" },
  hold: { account: "for this cart", address: "from your address" },
  waitlist: { account: "for this email", address: "from your address" },
}

/** The 429 message: what was limited, for whom, and when to try again. */
export function tooManyRequestsMessage(action: RateLimitedAction, scope: RateLimitScope, retryAfterSeconds: number): string {
  const wait =
    retryAfterSeconds < 120
      ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`
      : `${Math.ceil(retryAfterSeconds / 60)} minutes`
  return `Too many ${WHAT[action]} ${WHO[action][scope]}; try again in ${wait}`
}

/** An email as one account: trimmed and lower-cased, so that variants of one address count together. */
export function accountKey(actorType: string, email: string): string {
  return `${actorType}:${email.trim().toLowerCase()}`
}
