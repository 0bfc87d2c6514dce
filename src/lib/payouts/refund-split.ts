import { splitLine } from "./commission"
import { proportionOf } from "./money"

/** What a line's sale entry froze: its base and the rate, in minor units. */
export type SoldLine = { base: number; rate_bps: number; line_total: number }

/**
 * The part of a line's sale that a refund gives back, in minor units (all
 * zero or negative). Refunds are measured against the line's total with tax;
 * the refunded part of the base is taken cumulatively — the base refunded
 * after this refund less the base refunded before it, each rounded half up —
 * so any number of partial refunds that add up to the whole line give back
 * exactly its sale, to the cent, and never more.
 */
export function refundSplit(line: SoldLine, refundedBefore: number, refundedNow: number) {
  const capped = (refunded: number) => Math.min(Math.max(refunded, 0), line.line_total)
  const before = capped(refundedBefore)
  const after = capped(refundedBefore + refundedNow)
  const baseAt = (refunded: number) =>
    refunded >= line.line_total ? Math.max(line.base, 0) : proportionOf(Math.max(line.base, 0), refunded, line.line_total)
  const baseBefore = baseAt(before)
  const baseAfter = baseAt(after)
  const commissionBefore = splitLine(baseBefore, line.rate_bps).commission
  const commissionAfter = splitLine(baseAfter, line.rate_bps).commission
  const gross = baseAfter - baseBefore
  const commission = commissionAfter - commissionBefore
  return { refunded: after - before, gross: -gross, commission: -commission, share: -(gross - commission) }
}

/**
 * A refund that names no line (a staff refund, a return) spread over the
 * order's lines in proportion to their totals; the rest (shipping) is the
 * platform's.
 */
export function spreadRefund(amount: number, orderTotal: number, lineTotals: Map<string, number>): Map<string, number> {
  return new Map([...lineTotals].map(([lineId, total]) => [lineId, Math.min(total, proportionOf(amount, total, orderTotal))]))
}
