import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { CommissionRule, Earning, LedgerEntry, Payout, PayoutAccount, PayoutRun, RefundAttribution } from "./models"
import type { EarningStatus, LedgerEntryKind, PayoutProviderId, PurchaseKind } from "./values"

/** A ledger entry to append; amounts are decimal strings in major units. */
export type NewLedgerEntry = {
  practitioner_id: string
  currency_code: string
  kind: LedgerEntryKind
  earning_id?: string | null
  order_id?: string | null
  line_item_id?: string | null
  booking_id?: string | null
  ticket_id?: string | null
  gross: string
  rate_bps?: number | null
  commission: string
  share: string
  refunded?: string | null
  refund_id?: string | null
  transfer_reversal_id?: string | null
  source: string
  source_key: string
  reason?: string | null
  created_by?: string | null
  available_at?: Date | null
  payout_id?: string | null
}

export type NewEarning = {
  practitioner_id: string
  order_id: string
  line_item_id: string
  currency_code: string
  purchase: PurchaseKind
  product_id: string | null
  booking_id: string | null
  event_date_id: string | null
  line_total: string
  status: EarningStatus
  available_at: Date | null
  status_reason: string | null
}

export type BalanceRow = {
  practitioner_id: string
  currency_code: string
  pending: string
  available: string
  in_transit: string
  paid: string
}

/** Entries not yet in a payout whose money is available at `now` (SQL over alias `e`; binds `now` twice). */
const AVAILABLE = `(e."payout_id" is null and (
  (e."earning_id" is null and e."available_at" <= ?)
  or exists (select 1 from "earning" g where g."id" = e."earning_id" and g."status" = 'earned' and g."available_at" <= ?)))`

const LEDGER_COLUMNS = [
  "practitioner_id",
  "currency_code",
  "kind",
  "earning_id",
  "order_id",
  "line_item_id",
  "booking_id",
  "ticket_id",
  "rate_bps",
  "refund_id",
  "transfer_reversal_id",
  "source",
  "source_key",
  "reason",
  "created_by",
  "available_at",
  "payout_id",
] as const

const bigNumber = (value: string) => JSON.stringify({ value, precision: 20 })

class NothingToPay extends Error {}

class PayoutModuleService extends MedusaService({
  CommissionRule,
  Earning,
  LedgerEntry,
  Payout,
  PayoutAccount,
  PayoutRun,
  RefundAttribution,
}) {
  /**
   * Appends entries; one whose `source_key` is already in the ledger is
   * skipped, so a rerun or a redelivered event adds nothing. Answers the
   * source keys written now.
   */
  @InjectManager()
  async appendLedgerEntries(entries: NewLedgerEntry[], @MedusaContext() context: Context<EntityManager> = {}): Promise<string[]> {
    if (!entries.length) return []
    const knex = context.manager!.getKnex()
    const now = new Date()
    const rows = entries.map((entry) => ({
      id: generateEntityId(undefined, "lent"),
      ...Object.fromEntries(LEDGER_COLUMNS.map((column) => [column, entry[column] ?? null])),
      gross: entry.gross,
      raw_gross: bigNumber(entry.gross),
      commission: entry.commission,
      raw_commission: bigNumber(entry.commission),
      share: entry.share,
      raw_share: bigNumber(entry.share),
      refunded: entry.refunded ?? null,
      raw_refunded: entry.refunded ? bigNumber(entry.refunded) : null,
      created_at: now,
      updated_at: now,
    }))
    const insert = knex("ledger_entry").insert(rows).toSQL()
    const { rows: written } = await knex.raw(
      `${insert.sql} on conflict ("source_key") where "deleted_at" is null do nothing returning "source_key"`,
      insert.bindings
    )
    return written.map((row: { source_key: string }) => row.source_key)
  }

  /**
   * Creates the earnings of these order lines, skipping lines that have one
   * (a rerun), and answers every line's earning id.
   */
  @InjectManager()
  async ensureEarnings(earnings: NewEarning[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, string>> {
    if (!earnings.length) return new Map()
    const knex = context.manager!.getKnex()
    const now = new Date()
    const insert = knex("earning")
      .insert(
        earnings.map((earning) => ({
          id: generateEntityId(undefined, "earn"),
          ...earning,
          raw_line_total: bigNumber(earning.line_total),
          created_at: now,
          updated_at: now,
        }))
      )
      .toSQL()
    await knex.raw(`${insert.sql} on conflict ("line_item_id") where "deleted_at" is null do nothing`, insert.bindings)
    const rows = await knex("earning")
      .whereIn(
        "line_item_id",
        earnings.map((earning) => earning.line_item_id)
      )
      .whereNull("deleted_at")
      .select("id", "line_item_id")
    return new Map(rows.map((row: { id: string; line_item_id: string }) => [row.line_item_id, row.id]))
  }

  /** Each practitioner's money per currency at `now`: pending, available (negative: owed), in transit and paid. */
  @InjectManager()
  async ledgerBalances(
    input: { now: Date; practitioner_id?: string },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<BalanceRow[]> {
    const knex = context.manager!.getKnex()
    const { rows } = await knex.raw(
      `with unpaid as (
         select e."practitioner_id", e."currency_code",
           coalesce(sum(e."share") filter (where ${AVAILABLE}), 0) as available,
           coalesce(sum(e."share") filter (where e."payout_id" is null and not ${AVAILABLE}), 0) as pending
         from "ledger_entry" e
         where e."deleted_at" is null and e."payout_id" is null and (?::text is null or e."practitioner_id" = ?)
         group by 1, 2),
       sent as (
         select p."practitioner_id", p."currency_code",
           coalesce(sum(p."amount") filter (where p."status" <> 'paid'), 0) as in_transit,
           coalesce(sum(p."amount") filter (where p."status" = 'paid'), 0) as paid
         from "payout" p
         where p."deleted_at" is null and (?::text is null or p."practitioner_id" = ?)
         group by 1, 2)
       select coalesce(u."practitioner_id", s."practitioner_id") as practitioner_id,
              coalesce(u."currency_code", s."currency_code") as currency_code,
              coalesce(u.pending, 0)::text as pending, coalesce(u.available, 0)::text as available,
              coalesce(s.in_transit, 0)::text as in_transit, coalesce(s.paid, 0)::text as paid
       from unpaid u full join sent s on s."practitioner_id" = u."practitioner_id" and s."currency_code" = u."currency_code"
       order by 1, 2`,
      [
        input.now,
        input.now,
        input.now,
        input.now,
        input.practitioner_id ?? null,
        input.practitioner_id ?? null,
        input.practitioner_id ?? null,
        input.practitioner_id ?? null,
      ]
    )
    return rows
  }

  /** Practitioner and currency pairs with money available at `now` (candidates for a payout run). */
  @InjectManager()
  async payableAccounts(
    input: { now: Date; practitioner_id?: string },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<Array<{ practitioner_id: string; currency_code: string; available: string }>> {
    const { rows } = await context.manager!.getKnex().raw(
      `select e."practitioner_id", e."currency_code", sum(e."share")::text as available
       from "ledger_entry" e
       where e."deleted_at" is null and ${AVAILABLE} and (?::text is null or e."practitioner_id" = ?)
       group by 1, 2 order by 1, 2`,
      [input.now, input.now, input.practitioner_id ?? null, input.practitioner_id ?? null]
    )
    return rows
  }

  /**
   * Opens a payout of everything available to one practitioner in one
   * currency at `now`, attaching its entries, in one transaction under a
   * lock on that practitioner and currency: of two runs at once, one attaches
   * the entries and the other finds nothing. Below `minimum` (or nothing)
   * nothing is written and undefined is answered.
   */
  @InjectManager()
  async openPayout(
    input: {
      practitioner_id: string
      currency_code: string
      now: Date
      minimum: string
      provider: PayoutProviderId
      run_id: string | null
    },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ id: string; amount: string; order_ids: string[] } | undefined> {
    const payoutId = generateEntityId(undefined, "pout")
    try {
      return await context.manager!.getKnex().transaction(async (trx) => {
        await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`payout:${input.practitioner_id}:${input.currency_code}`])
        const { rows } = await trx.raw(
          `update "ledger_entry" e set "payout_id" = ?, "updated_at" = ?
           where e."deleted_at" is null and e."practitioner_id" = ? and e."currency_code" = ? and ${AVAILABLE}
           returning e."share"::text as share, e."order_id"`,
          [payoutId, input.now, input.practitioner_id, input.currency_code, input.now, input.now]
        )
        const { rows: sums } = await trx.raw(
          `select coalesce(sum(s::numeric), 0)::text as total, coalesce(sum(s::numeric), 0) >= ?::numeric as enough, coalesce(sum(s::numeric), 0) > 0 as positive from unnest(?::text[]) s`,
          [input.minimum, rows.map((row: { share: string }) => row.share)]
        )
        if (!rows.length || !sums[0].enough || !sums[0].positive) throw new NothingToPay()
        const total: string = sums[0].total
        await trx("payout").insert({
          id: payoutId,
          practitioner_id: input.practitioner_id,
          currency_code: input.currency_code,
          amount: total,
          raw_amount: bigNumber(total),
          provider: input.provider,
          status: "pending",
          run_id: input.run_id,
          attempt: 1,
          created_at: input.now,
          updated_at: input.now,
        })
        const orderIds = [...new Set(rows.map((row: { order_id: string | null }) => row.order_id).filter(Boolean))] as string[]
        return { id: payoutId, amount: total, order_ids: orderIds }
      })
    } catch (error) {
      if (error instanceof NothingToPay) return undefined
      throw error
    }
  }

  /**
   * Moves a payout from one of `from` to `to` with `changes`, only if it is
   * still in one of `from` — of two callers at once, one moves it. Answers
   * whether this caller did.
   */
  @InjectManager()
  async movePayout(
    input: { id: string; from: string[]; changes: Record<string, unknown> & { status: string } },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<boolean> {
    const moved = await context
      .manager!.getKnex()("payout")
      .where({ id: input.id, deleted_at: null })
      .whereIn("status", input.from)
      .update({ ...input.changes, updated_at: new Date() })
    return moved > 0
  }
}

export default PayoutModuleService
