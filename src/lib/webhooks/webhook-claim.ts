/**
 * The rules of a webhook delivery's claim on its event (see the
 * webhook_receipt module), kept apart from the I/O: how long an unsettled
 * claim is trusted, what a delivery that finds the event already claimed is
 * answered, and how a delivery's own claim is settled once it is answered.
 */

/**
 * A delivery is answered within milliseconds (Medusa hands the event to its
 * event bus); a claim still unsettled after five minutes was left by a process
 * that died mid-request, and the next delivery of the event takes it over.
 */
export const WEBHOOK_CLAIM_STALE_AFTER_MS = 5 * 60 * 1000

/** What claiming an event found: the claim is this delivery's, the event was handled, or another delivery is handling it. */
export type WebhookClaimOutcome = "claimed" | "processed" | "in_flight"

export type WebhookReply = { status: number; body: Record<string, unknown> }

/** Claims taken before this instant are stale. */
export function staleClaimCutoff(now: Date, staleAfterMs = WEBHOOK_CLAIM_STALE_AFTER_MS): Date {
  return new Date(now.getTime() - staleAfterMs)
}

/**
 * The answer to a delivery that did not get the claim: 200 for an event
 * already processed (the sender stops), 409 for one another delivery is
 * handling now (the sender retries later, so the event is not lost should
 * that delivery fail). Undefined when the delivery holds the claim and goes on.
 */
export function replyWithoutClaim(outcome: WebhookClaimOutcome): WebhookReply | undefined {
  switch (outcome) {
    case "claimed":
      return undefined
    case "processed":
      return { status: 200, body: { received: true, duplicate: true } }
    case "in_flight":
      return {
        status: 409,
        body: {
          type: "conflict",
          message: "This event is being processed by another delivery; retry later if that one fails",
        },
      }
  }
}

/**
 * What becomes of a claim once its delivery ends: a 2xx answer records the
 * event as processed; any other answer, or a request that ended before it was
 * answered, releases the claim so that the sender's retry is processed.
 */
export function settleClaim(delivery: { statusCode: number; answered: boolean }): "processed" | "released" {
  return delivery.answered && delivery.statusCode >= 200 && delivery.statusCode < 300 ? "processed" : "released"
}
