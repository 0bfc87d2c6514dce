import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * One Medusa client for the whole storefront, used on the server only. The
 * publishable key is read at run time (npm start passes the one the seed
 * made), so one build works against any backend.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const MEDUSA_PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || ""

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  debug: false,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  // Server-side: never keep a token in the shared client; each call passes the visitor's own.
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** Stripe's publishable key; unset means the system payment provider is used. */
export const STRIPE_PUBLISHABLE_KEY = process.env.NEXT_PUBLIC_STRIPE_KEY || ""
