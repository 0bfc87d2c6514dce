import "server-only"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"

export type EarningsBalance = {
  currency_code: string
  pending: string
  available: string
  owed: string
  in_transit: string
  paid: string
}

export type PayoutAccount = {
  provider: "stripe" | "manual"
  stripe_available: boolean
  stripe_account_id: string | null
  payouts_enabled: boolean
  details_submitted: boolean
  requirements_due: string[]
  disabled_reason: string | null
}

export type EarningsEntry = {
  id: string
  kind: "sale" | "refund" | "reversal" | "adjustment" | "payout" | "debt"
  created_at: string
  order_number: number | null
  booking_id: string | null
  ticket_id: string | null
  purchase: "session" | "ticket" | "crystal" | null
  currency_code: string
  gross: string
  rate_bps: number | null
  commission: string
  share: string
  state: "pending" | "held" | "available" | "in_payout" | "paid" | "reversed"
  available_at: string | null
  reason: string | null
  payout: { id: string; status: string } | null
}

export type OwnPayout = {
  id: string
  currency_code: string
  amount: string
  provider: "stripe" | "manual"
  status: "pending" | "in_transit" | "paid" | "failed"
  created_at: string
  paid_at: string | null
  reference: string | null
  failure_message: string | null
}

const get = async <T>(path: string, query: Record<string, unknown> = {}) =>
  sdk.client.fetch<T>(path, { query, headers: await practitionerHeaders(), cache: "no-store" })

/** The practitioner's money per currency and how they are paid. */
export async function retrieveEarnings() {
  return get<{ balances: EarningsBalance[]; account: PayoutAccount }>("/vendor/earnings")
}

/** A page of the practitioner's ledger, newest first. */
export async function listEarningsEntries(offset = 0, limit = 50) {
  return get<{ entries: EarningsEntry[]; count: number; offset: number; limit: number }>("/vendor/earnings/entries", { offset, limit })
}

export async function listOwnPayouts() {
  return (await get<{ payouts: OwnPayout[] }>("/vendor/earnings/payouts", { limit: 50 })).payouts
}
