/** The line bench-payouts.ts prints its figures on, as JSON, for `npm run bench` to read. */
export const BENCH_PAYOUTS_MARK = "AVENRAE_BENCH_PAYOUTS"

/** A checkout the HTTP benchmark timed: when its request started, and how long the answer took. */
export type TimedCheckout = { order_id: string; started_at: number; ms: number }

/** What bench-payouts.ts measured. */
export type PayoutFigures = {
  practitioners: number
  entries: number
  payouts: number
  run_ms: number
  peak_rss_mb: number
  rss_growth_mb: number
  checkout_ms: number[]
  ledger_ms: number[]
}
