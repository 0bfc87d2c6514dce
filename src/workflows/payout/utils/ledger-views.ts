import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BalanceRow } from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

type Scope = { resolve: <T = any>(key: string) => T }

/** Where an entry's money is: waiting to be earned, held for staff, available, in a payout on its way, or paid. */
export type EntryState = "pending" | "held" | "available" | "in_payout" | "paid" | "reversed"

const payouts = (scope: Scope) => scope.resolve<PayoutModuleService>(PAYOUT_MODULE)

/** Balances per currency with what is owed (a negative available amount) spelled out. */
export function presentBalances(rows: BalanceRow[]) {
  return rows.map((row) => ({
    ...row,
    owed: row.available.startsWith("-") ? row.available.slice(1) : "0",
  }))
}

/**
 * Who reads the entries: staff see order and line ids; a practitioner sees
 * the order's number instead, since an order's id opens its confirmation
 * page to whoever holds it.
 */
export type LedgerAudience = "staff" | "practitioner"

/**
 * Ledger entries as the earnings pages show them: each with its purchase
 * (session, ticket, crystal), its order's number, its state at `now`, and
 * its payout.
 */
export async function presentLedgerEntries(scope: Scope, entries: Array<Record<string, any>>, now: Date, audience: LedgerAudience) {
  const service = payouts(scope)
  const earningIds = [...new Set(entries.map((e) => e.earning_id).filter(Boolean))] as string[]
  const payoutIds = [...new Set(entries.map((e) => e.payout_id).filter(Boolean))] as string[]
  const earnings = earningIds.length ? await service.listEarnings({ id: earningIds }) : []
  const paidOut = payoutIds.length ? await service.listPayouts({ id: payoutIds }) : []
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter(Boolean))] as string[]
  const { data: orders } = orderIds.length
    ? await scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] as Array<{ id: string; display_id: number }> }
  const orderNumber = new Map(orders.map((order: { id: string; display_id: number }) => [order.id, order.display_id] as const))
  const earningOf = new Map(earnings.map((earning) => [earning.id, earning] as const))
  const payoutOf = new Map(paidOut.map((payout) => [payout.id, payout] as const))
  return entries.map((entry) => {
    const earning = entry.earning_id ? earningOf.get(entry.earning_id) : undefined
    const payout = entry.payout_id ? payoutOf.get(entry.payout_id) : undefined
    const availableAt = earning ? earning.available_at : entry.available_at
    let state: EntryState
    if (entry.kind === "reversal") state = "reversed"
    else if (payout) state = payout.status === "paid" ? "paid" : "in_payout"
    else if (earning?.status === "held") state = "held"
    else if (availableAt && new Date(availableAt) <= now && (!earning || earning.status === "earned")) state = "available"
    else state = "pending"
    return {
      id: entry.id,
      practitioner_id: entry.practitioner_id as string,
      kind: entry.kind,
      created_at: entry.created_at,
      ...(audience === "staff" ? { order_id: entry.order_id as string | null, line_item_id: entry.line_item_id as string | null } : {}),
      order_number: entry.order_id ? ((orderNumber.get(entry.order_id) as number | undefined) ?? null) : null,
      booking_id: entry.booking_id,
      ticket_id: entry.ticket_id,
      purchase: earning?.purchase ?? null,
      event_date_id: earning?.event_date_id ?? null,
      currency_code: entry.currency_code,
      gross: String(entry.gross),
      rate_bps: entry.rate_bps,
      commission: String(entry.commission),
      share: String(entry.share),
      source: entry.source,
      reason: entry.reason,
      state,
      available_at: availableAt ?? null,
      earning_status_reason: earning?.status_reason ?? null,
      payout: payout ? { id: payout.id, status: payout.status, provider: payout.provider } : null,
    }
  })
}

export type PresentedLedgerEntry = Awaited<ReturnType<typeof presentLedgerEntries>>[number]

/** A page of one practitioner's ledger, newest first. */
export async function practitionerLedger(
  scope: Scope,
  input: { practitioner_id: string; currency_code?: string; limit: number; offset: number; now: Date; audience: LedgerAudience }
) {
  const [entries, count] = await payouts(scope).listAndCountLedgerEntries(
    { practitioner_id: input.practitioner_id, ...(input.currency_code ? { currency_code: input.currency_code } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, take: input.limit, skip: input.offset }
  )
  return { entries: await presentLedgerEntries(scope, entries, input.now, input.audience), count, limit: input.limit, offset: input.offset }
}

/** The practitioner's payout account as they and staff see it (never anything secret). */
export function presentPayoutAccount(account: Record<string, any> | undefined, stripeConfigured: boolean) {
  return {
    provider: account?.provider === "stripe" && stripeConfigured ? "stripe" : "manual",
    stripe_available: stripeConfigured,
    stripe_account_id: account?.stripe_account_id ?? null,
    charges_enabled: !!account?.charges_enabled,
    payouts_enabled: !!account?.payouts_enabled,
    details_submitted: !!account?.details_submitted,
    requirements_due: (account?.requirements_due as string[] | undefined) ?? [],
    disabled_reason: account?.disabled_reason ?? null,
  }
}

/** One payout with the entries it covers. */
export async function payoutWithEntries(scope: Scope, payoutId: string, now: Date, audience: LedgerAudience, practitionerId?: string) {
  const service = payouts(scope)
  const [payout] = await service.listPayouts({ id: payoutId, ...(practitionerId ? { practitioner_id: practitionerId } : {}) })
  if (!payout) return undefined
  const entries = await service.listLedgerEntries({ payout_id: payoutId }, { order: { created_at: "ASC", id: "ASC" } })
  return { ...payout, amount: String(payout.amount), entries: await presentLedgerEntries(scope, entries, now, audience) }
}
