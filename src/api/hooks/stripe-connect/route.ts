import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyStripeWebhook } from "../../../lib/stripe/verify-webhook"
import { replyWithoutClaim } from "../../../lib/webhooks/webhook-claim"
import { applyConnectEventWorkflow } from "../../../workflows/payout/workflows/apply-connect-event"
import { claimWebhookEvent, settleWebhookEvent } from "../../../workflows/checkout/utils/webhook-receipts"

/**
 * POST /hooks/stripe-connect — Stripe Connect events (account.updated,
 * transfer.paid, transfer.failed), signed with STRIPE_CONNECT_WEBHOOK_SECRET.
 * A bad signature is answered 400; each event is processed once (claimed in
 * Postgres first); a failure releases the claim and answers 503 so that
 * Stripe delivers it again.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const verdict = verifyStripeWebhook({
    rawBody: (req as MedusaRequest & { rawBody?: Buffer }).rawBody,
    signature: req.headers["stripe-signature"],
    secret: process.env.STRIPE_CONNECT_WEBHOOK_SECRET,
    secretName: "STRIPE_CONNECT_WEBHOOK_SECRET",
  })
  if (!verdict.ok) {
    res.status(400).json({ type: "invalid_data", message: verdict.reason })
    return
  }
  const claim = await claimWebhookEvent(req.scope, { provider: "stripe-connect", eventId: verdict.event.id, now: new Date() })
  const reply = replyWithoutClaim(claim.outcome)
  if (reply) {
    res.status(reply.status).json(reply.body)
    return
  }
  try {
    const { result } = await applyConnectEventWorkflow(req.scope).run({
      input: { type: verdict.event.type, object: verdict.event.data.object, now: new Date() },
    })
    await settleWebhookEvent(req.scope, claim.delivery, "processed", new Date())
    res.json({ received: true, payout: result.payout?.id ?? null })
  } catch (error) {
    await settleWebhookEvent(req.scope, claim.delivery, "released", new Date())
    res.status(503).json({ type: "unexpected_state", message: `The event could not be applied now: ${(error as Error).message}` })
  }
}
