import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { verifyStripeWebhook } from "../../lib/stripe/verify-webhook"

const SEEN_TTL_SECONDS = 7 * 24 * 3600

/**
 * Runs before Medusa's webhook route for Stripe: a delivery whose signature
 * does not verify is answered 400 and never reaches the event bus; an event id
 * already handled is acknowledged without being processed again.
 */
export async function verifyStripeWebhookMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const verdict = verifyStripeWebhook({
    rawBody: (req as MedusaRequest & { rawBody?: Buffer }).rawBody,
    signature: req.headers["stripe-signature"],
    secret: process.env.STRIPE_WEBHOOK_SECRET,
  })
  if (!verdict.ok) {
    res.status(400).json({ type: "invalid_data", message: verdict.reason })
    return
  }
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  const seenKey = `avenrae:stripe-webhook:${verdict.event.id}`
  if (await cache.get(seenKey)) {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  res.on("finish", () => {
    if (res.statusCode < 300) {
      void cache.set(seenKey, true, SEEN_TTL_SECONDS)
    }
  })
  next()
}
