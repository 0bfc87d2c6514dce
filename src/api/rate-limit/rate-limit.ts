import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { strictestRefusal, verdictFor } from "../../lib/rate-limit/fixed-window"
import { accountKey, RateLimitedAction, rateLimits, RateLimitScope, tooManyRequestsMessage } from "../../lib/rate-limit/limits"
import { counterStore } from "./counter-store"
import { rateLimitSettingsFromEnv } from "./settings-from-env"

// Read once at boot: a bad RATE_LIMIT_* value stops the server with its name.
const LIMITS = rateLimits(rateLimitSettingsFromEnv(process.env))

const WithEmail = z.object({ email: z.string().min(1).max(320) })
const WithIdentifier = z.object({ identifier: z.string().min(1).max(320) })

/** The account a request is counted against, besides its address; undefined when the body names none. */
function accountOf(action: RateLimitedAction, req: MedusaRequest): string | undefined {
  if (action === "hold") return `cart:${req.params.id}`
  if (action === "update_password") return undefined
  // A signed-in shopper who names no email joins with their own: counted per address only.
  if (action === "waitlist") {
    const body = WithEmail.safeParse(req.body)
    return body.success ? accountKey("waitlist", body.data.email) : undefined
  }
  const body = action === "reset_password" ? WithIdentifier.safeParse(req.body) : WithEmail.safeParse(req.body)
  if (!body.success) return undefined
  return accountKey(req.params.actor_type, "email" in body.data ? body.data.email : body.data.identifier)
}

/**
 * Counts a request per client address and per account before it runs, and
 * answers 429 with Retry-After once either passes its limit. A sign-in that
 * succeeds gives its hits back, so only failed attempts add up. When the
 * counters cannot be reached (Redis down) the request goes on and the outage
 * is logged: limits protect the service, they must not take it down.
 */
export function rateLimit(action: RateLimitedAction) {
  const limits = LIMITS[action === "hold" ? "hold" : "auth"]
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const store = counterStore(process.env.REDIS_URL || undefined)
    const account = accountOf(action, req)
    const counted: Array<{ scope: RateLimitScope; key: string }> = [{ scope: "address", key: `${action}:address:${req.ip}` }]
    if (account) counted.push({ scope: "account", key: `${action}:account:${account}` })

    const now = Date.now()
    let refusal: ReturnType<typeof strictestRefusal<RateLimitScope>>
    try {
      const verdicts = await Promise.all(
        counted.map(async ({ scope, key }) => ({
          scope,
          verdict: verdictFor(await store.hit(key, limits[scope].windowMs, now), limits[scope].limit, now),
        }))
      )
      refusal = strictestRefusal(verdicts)
    } catch (error) {
      req.scope
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`Rate limits unavailable, request let through: ${(error as Error).message}`)
      return next()
    }

    if (refusal) {
      res.setHeader("Retry-After", String(refusal.retryAfterSeconds))
      res.status(429).json({
        type: "too_many_requests",
        message: tooManyRequestsMessage(action, refusal.scope, refusal.retryAfterSeconds),
      })
      return
    }
    if (action === "login") {
      res.on("finish", () => {
        if (res.statusCode >= 200 && res.statusCode < 300) {
          for (const { key } of counted) void store.giveBack(key, Date.now()).catch(() => undefined)
        }
      })
    }
    next()
  }
}

/** The routes limited, for src/api/middlewares.ts: Medusa's emailpass sign-in, registration, reset and new password, holds of sessions and seats (one allowance per cart), and waitlist sign-ups. */
export const rateLimitedRoutes: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/emailpass", methods: ["POST"], middlewares: [rateLimit("login")] },
  { matcher: "/auth/:actor_type/emailpass/register", methods: ["POST"], middlewares: [rateLimit("register")] },
  { matcher: "/auth/:actor_type/emailpass/reset-password", methods: ["POST"], middlewares: [rateLimit("reset_password")] },
  { matcher: "/auth/:actor_type/emailpass/update", methods: ["POST"], middlewares: [rateLimit("update_password")] },
  { matcher: "/store/carts/:id/bookings", methods: ["POST"], middlewares: [rateLimit("hold")] },
  { matcher: "/store/carts/:id/tickets", methods: ["POST"], middlewares: [rateLimit("hold")] },
  { matcher: "/store/event-dates/:id/waitlist", methods: ["POST"], middlewares: [rateLimit("waitlist")] },
]
