import { StripeLibrary } from "./stripe-client"

export type VerifiedStripeEvent = { id: string; type: string; account?: string; data: { object: Record<string, any> } }

export type WebhookVerdict = { ok: true; event: VerifiedStripeEvent } | { ok: false; reason: string }

/**
 * Checks a Stripe webhook's `stripe-signature` header against the raw body
 * (HMAC with the endpoint secret, 5-minute tolerance), as Stripe prescribes.
 */
export function verifyStripeWebhook(input: {
  rawBody: Buffer | undefined
  signature: string | string[] | undefined
  secret: string | undefined
  /** The variable that holds the secret, named when it is missing. */
  secretName?: string
}): WebhookVerdict {
  if (!input.secret) {
    return { ok: false, reason: `${input.secretName ?? "STRIPE_WEBHOOK_SECRET"} is not configured on this server` }
  }
  if (!input.rawBody?.length) {
    return { ok: false, reason: "The webhook has no body" }
  }
  if (typeof input.signature !== "string" || !input.signature) {
    return { ok: false, reason: "The stripe-signature header is missing" }
  }
  try {
    const event = StripeLibrary.webhooks.constructEvent(input.rawBody, input.signature, input.secret)
    return { ok: true, event: { id: event.id, type: event.type, account: event.account, data: { object: event.data?.object ?? {} } } }
  } catch (error) {
    return { ok: false, reason: `Signature check failed: ${(error as Error).message}` }
  }
}
