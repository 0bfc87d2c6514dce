import type { PayoutProviderId } from "../../../modules/payout/values"
import { apiBaseOptions, StripeLibrary } from "../../../lib/stripe/stripe-client"

/** A payout as a provider sends it: amounts in minor units. */
export type OutgoingPayout = {
  id: string
  attempt: number
  amount_minor: number
  currency_code: string
  destination: string | null
  transfer_group: string | null
  source_transaction: string | null
}

export type SendOutcome = { status: "in_transit"; transfer_id: string } | { status: "pending" } | { status: "failed"; message: string }
export type ReverseOutcome = { ok: true; reversal_id: string } | { ok: false; message: string }

/** How money reaches a practitioner and comes back: the one interface payout runs and refunds use. */
export interface PayoutProvider {
  id: PayoutProviderId
  send(payout: OutgoingPayout): Promise<SendOutcome>
  reverse(input: { transfer_id: string; amount_minor: number; idempotency_key: string }): Promise<ReverseOutcome>
}

/**
 * Manual bank transfer (EFT): nothing moves here; staff pay from the export
 * and mark the payout paid with their reference. Money paid cannot be taken
 * back, so a later refund becomes a debt.
 */
export const manualProvider: PayoutProvider = {
  id: "manual",
  send: async () => ({ status: "pending" }),
  reverse: async () => ({ ok: false, message: "A bank transfer cannot be taken back; the practitioner owes it" }),
}

/** A Stripe client for Connect calls, or undefined when STRIPE_API_KEY is not set. */
export function stripeConnectClient(env: Record<string, string | undefined> = process.env) {
  if (!env.STRIPE_API_KEY) return undefined
  return new StripeLibrary(env.STRIPE_API_KEY, { ...apiBaseOptions(env.STRIPE_API_BASE), maxNetworkRetries: 1 })
}

/**
 * Stripe Connect with separate charges and transfers: a payout is one
 * transfer to the practitioner's Express account, made with the idempotency
 * key of its attempt — a rerun after a crash gets the same transfer back —
 * tied to the charge when it comes from one order. It stays in transit until
 * Stripe says it was paid or failed.
 */
export function stripeProvider(stripe: any): PayoutProvider {
  return {
    id: "stripe",
    async send(payout) {
      if (!payout.destination) return { status: "failed", message: "No Stripe account to pay into" }
      try {
        const transfer = await stripe.transfers.create(
          {
            amount: payout.amount_minor,
            currency: payout.currency_code,
            destination: payout.destination,
            ...(payout.transfer_group ? { transfer_group: payout.transfer_group } : {}),
            ...(payout.source_transaction ? { source_transaction: payout.source_transaction } : {}),
            metadata: { payout_id: payout.id, attempt: String(payout.attempt) },
          },
          { idempotencyKey: `payout:${payout.id}:attempt:${payout.attempt}` }
        )
        return { status: "in_transit", transfer_id: transfer.id }
      } catch (error) {
        return { status: "failed", message: stripeMessage(error) }
      }
    },
    async reverse(input) {
      try {
        const reversal = await stripe.transfers.createReversal(
          input.transfer_id,
          { amount: input.amount_minor },
          { idempotencyKey: input.idempotency_key }
        )
        return { ok: true, reversal_id: reversal.id }
      } catch (error) {
        return { ok: false, message: stripeMessage(error) }
      }
    },
  }
}

/** Stripe's own words for a failed call, with its code. */
export function stripeMessage(error: unknown): string {
  const e = error as { message?: string; code?: string; raw?: { message?: string; code?: string } }
  const message = e.raw?.message ?? e.message ?? "Stripe refused the request"
  const code = e.raw?.code ?? e.code
  return code ? `${message} (${code})` : message
}

/** The provider that pays a practitioner: Stripe for a Stripe account when Stripe is configured, else manual. */
export function providerFor(account: { provider: PayoutProviderId } | undefined, stripe = stripeConnectClient()): PayoutProvider {
  return account?.provider === "stripe" && stripe ? stripeProvider(stripe) : manualProvider
}
