import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { verifyStripeWebhook } from "../../lib/stripe/verify-webhook"
import { replyWithoutClaim, settleClaim } from "../../lib/webhooks/webhook-claim"
import { claimWebhookEvent, settleWebhookEvent } from "../../workflows/checkout/utils/webhook-receipts"
import { settleBeforeAnswering } from "./settle-before-answering"

const PROVIDER = "stripe"

/**
 * Runs before Medusa's webhook route for Stripe. A delivery whose signature
 * does not verify is answered 400 and never reaches the event bus. Otherwise
 * the event id is claimed in Postgres before Medusa processes it: a duplicate
 * of a processed event is acknowledged (200), one arriving while another
 * delivery of the event is in flight is answered 409 (Stripe retries it), and
 * the claim is released when processing fails so that Stripe's retry goes through.
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

  const claim = await claimWebhookEvent(req.scope, { provider: PROVIDER, eventId: verdict.event.id, now: new Date() })
  const reply = replyWithoutClaim(claim.outcome)
  if (reply) {
    res.status(reply.status).json(reply.body)
    return
  }

  settleBeforeAnswering(res, async (answer) => {
    try {
      await settleWebhookEvent(req.scope, claim.delivery, settleClaim(answer), new Date())
    } catch (error) {
      // The answer still goes out; an unsettled claim turns stale and is taken over by a later delivery.
      req.scope
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .error(`Could not settle Stripe event ${verdict.event.id}: ${(error as Error).message}`)
    }
  })
  next()
}
