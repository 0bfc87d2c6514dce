import { readFileSync } from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import type PractitionerModuleService from "../../modules/practitioner/service"
import { runPayoutsWorkflow } from "../../workflows/payout/workflows/run-payouts"
import { BENCH_HANDLE_PREFIX } from "./bench-practitioners"
import { BENCH_PAYOUTS_MARK, PayoutFigures, TimedCheckout } from "./payout-figures"

export const BENCH_PAYOUT_PRACTITIONERS = 1000
export const BENCH_ENTRIES_PER_PRACTITIONER = 100
// Rows per insert: 27 columns each, under Postgres's 65,535 parameters a statement.
const BATCH = 1000
const SOURCE_PREFIX = "bench-payout:"

/**
 * The payout benchmark, inside the app: 100 available entries for each of
 * 1,000 bench practitioners (100,000 entries), then one payout run over
 * them all, timed, with the process's peak memory; and, for the mixed
 * checkouts the HTTP benchmark just placed (BENCH_CHECKOUTS_FILE), how long
 * after each request started the ledger held its entries. The previous run's
 * bench entries and payouts are removed first (bypassing the ledger's
 * append-only trigger: they are load, not anyone's money).
 */
export default async function benchPayouts({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.transaction(async (trx: any) => {
    await trx.raw("set local session_replication_role = replica")
    await trx.raw(
      `delete from "ledger_entry" where "source_key" like ? or "payout_id" in (select "id" from "payout" where "run_id" in (select "id" from "payout_run" where "started_by" = 'bench'))`,
      [`${SOURCE_PREFIX}%`]
    )
    await trx.raw(`delete from "payout" where "run_id" in (select "id" from "payout_run" where "started_by" = 'bench')`)
    await trx.raw(`delete from "payout_run" where "started_by" = 'bench'`)
  })
  const practitioners = await container
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners(
      { handle: { $like: `${BENCH_HANDLE_PREFIX}%` } },
      { select: ["id"], take: BENCH_PAYOUT_PRACTITIONERS, order: { handle: "ASC" } }
    )
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const past = new Date(Date.now() - 60_000)
  const entries = practitioners.flatMap((p) =>
    Array.from({ length: BENCH_ENTRIES_PER_PRACTITIONER }, (_, i) => ({
      practitioner_id: p.id,
      currency_code: "zar",
      kind: "adjustment" as const,
      gross: `${100 + (i % 50)}.25`,
      commission: "0",
      share: `${100 + (i % 50)}.25`,
      source: "bench",
      source_key: `${SOURCE_PREFIX}${p.id}:${i}`,
      available_at: past,
    }))
  )
  for (let start = 0; start < entries.length; start += BATCH) await payouts.appendLedgerEntries(entries.slice(start, start + BATCH))

  let peak = process.memoryUsage().rss
  const baseline = peak
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const { result: run } = await runPayoutsWorkflow(container).run({ input: { trigger: "staff", now: new Date(), started_by: "bench" } })
  const runMs = performance.now() - started
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)

  const checkouts: TimedCheckout[] = process.env.BENCH_CHECKOUTS_FILE
    ? JSON.parse(readFileSync(process.env.BENCH_CHECKOUTS_FILE, "utf8"))
    : []
  const written = checkouts.length
    ? await pg("ledger_entry")
        .whereIn(
          "order_id",
          checkouts.map((c) => c.order_id)
        )
        .groupBy("order_id")
        .select("order_id")
        .min("created_at as at")
    : []
  const ledgerAt = new Map(written.map((row: { order_id: string; at: Date }) => [row.order_id, new Date(row.at).getTime()]))
  const ledgerMs = checkouts.flatMap((c) => (ledgerAt.has(c.order_id) ? [ledgerAt.get(c.order_id)! - c.started_at] : []))

  const figures: PayoutFigures = {
    practitioners: practitioners.length,
    entries: entries.length,
    payouts: run.payouts_created,
    run_ms: runMs,
    peak_rss_mb: peak / 2 ** 20,
    rss_growth_mb: (peak - baseline) / 2 ** 20,
    checkout_ms: checkouts.map((c) => c.ms),
    ledger_ms: ledgerMs,
  }
  console.log(`${BENCH_PAYOUTS_MARK} ${JSON.stringify(figures)}`)
}
