import { randomUUID } from "node:crypto"
import { WEBHOOK_RECEIPT_MODULE } from "../../../modules/webhook-receipt"
import type WebhookReceiptModuleService from "../../../modules/webhook-receipt/service"
import type { WebhookDelivery } from "../../../modules/webhook-receipt/service"
import { staleClaimCutoff, WebhookClaimOutcome } from "../../../lib/webhooks/webhook-claim"

type Scope = { resolve: <T>(key: string) => T }

function receipts(scope: Scope) {
  return scope.resolve<WebhookReceiptModuleService>(WEBHOOK_RECEIPT_MODULE)
}

/** Claims a webhook event for this delivery, under a token of its own, before anything processes it. */
export async function claimWebhookEvent(
  scope: Scope,
  event: { provider: string; eventId: string; now: Date }
): Promise<{ outcome: WebhookClaimOutcome; delivery: WebhookDelivery }> {
  const delivery = { provider: event.provider, eventId: event.eventId, token: randomUUID() }
  const outcome = await receipts(scope).claimWebhookEvent({ ...delivery, now: event.now, staleBefore: staleClaimCutoff(event.now) })
  return { outcome, delivery }
}

/** Records the delivery's event as processed, or releases its claim for the sender's retry. */
export async function settleWebhookEvent(scope: Scope, delivery: WebhookDelivery, settlement: "processed" | "released", now: Date) {
  if (settlement === "processed") {
    await receipts(scope).markWebhookEventProcessed({ ...delivery, now })
  } else {
    await receipts(scope).releaseWebhookEvent(delivery)
  }
}

/** How long a webhook event's receipt is kept: far past any sender's retries (Stripe's last is after 3 days). */
export const WEBHOOK_RECEIPT_RETENTION_DAYS = 30
const PRUNE_BATCH = 1000

/** Deletes receipts older than the retention, a batch at a time so no statement runs long; answers how many went. */
export async function pruneWebhookReceipts(scope: Scope, now: Date): Promise<number> {
  const before = new Date(now.getTime() - WEBHOOK_RECEIPT_RETENTION_DAYS * 86_400_000)
  let pruned = 0
  for (;;) {
    const deleted = await receipts(scope).pruneWebhookReceipts({ before, batchSize: PRUNE_BATCH })
    pruned += deleted
    if (deleted < PRUNE_BATCH) return pruned
  }
}
