import "server-only"
import { Auth, Store, type Config } from "@medusajs/js-sdk"
import { BackendClient } from "./backend/backend-client"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "./backend/settings"

export { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY }

const config: Config = {
  baseUrl: MEDUSA_BACKEND_URL,
  debug: false,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  // Server-side: never keep a token in the shared client; each call passes the visitor's own.
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
}

/**
 * One Medusa client for the whole storefront, used on the server only. Every
 * call goes through BackendClient: a time limit, and an outage is an error of
 * its own, never "not found".
 */
const client = new BackendClient(config)
export const sdk = { client, store: new Store(client), auth: new Auth(client, config) }

/** Stripe's publishable key; unset means the system payment provider is used. */
export const STRIPE_PUBLISHABLE_KEY = process.env.NEXT_PUBLIC_STRIPE_KEY || ""
