import { createRequire } from "node:module"

/**
 * The `stripe` library exactly as @medusajs/payment-stripe uses it (its own
 * nested copy, which may differ from a hoisted one), so clients and webhook
 * checks built here behave like the provider's.
 */
export const StripeLibrary = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/** Client options that send every call to `apiBase` instead of api.stripe.com. */
export function apiBaseOptions(apiBase: string | undefined) {
  if (!apiBase) {
    return {}
  }
  const url = new URL(apiBase)
  const protocol = url.protocol.replace(":", "")
  return {
    host: url.hostname,
    port: url.port || (protocol === "https" ? "443" : "80"),
    protocol,
  }
}
