import { refundSplit, spreadRefund } from "./refund-split"

/** A refund of the payment, in minor units; `line` and `line_amount` when the workflow that made it named the line. */
export type PaymentRefund = { id: string; amount: number; line: { line_item_id: string; amount: number } | null }

/** A practitioner's line as sold: its earning, base, frozen rate and total with tax, in minor units. */
export type SoldLineOfOrder = { earning_id: string; line_item_id: string; base: number; rate_bps: number; line_total: number }

/** What one refund takes back from one line (all amounts zero or negative but `refunded`). */
export type PlannedLineRefund = {
  key: string
  refund_id: string
  earning_id: string
  line_item_id: string
  refunded: number
  gross: number
  commission: number
  share: number
}

/** The idempotency key of one refund's entry on one line. */
export const refundEntryKey = (refundId: string, earningId: string) => `refund:${refundId}:${earningId}`

/**
 * The ledger entries a payment's refunds call for, oldest refund first: the
 * line a refund names, or every practitioner line in proportion to its
 * total for a refund that names none. Each line's refunded amount is
 * counted across refunds (what `recorded` already holds is skipped but
 * counted), so the same inputs always give the same entries — a rerun or a
 * concurrent run plans exactly what the first did.
 */
export function planLineRefunds(
  refunds: PaymentRefund[],
  lines: SoldLineOfOrder[],
  orderTotal: number,
  recorded: Map<string, number>
): PlannedLineRefund[] {
  const lineOf = new Map(lines.map((line) => [line.line_item_id, line]))
  const totals = new Map(lines.map((line) => [line.line_item_id, line.line_total]))
  const refundedSoFar = new Map<string, number>()
  const planned: PlannedLineRefund[] = []
  for (const refund of refunds) {
    const parts = refund.line ? new Map([[refund.line.line_item_id, refund.line.amount]]) : spreadRefund(refund.amount, orderTotal, totals)
    for (const [lineId, amount] of parts) {
      const line = lineOf.get(lineId)
      if (!line) continue
      const key = refundEntryKey(refund.id, line.earning_id)
      const before = refundedSoFar.get(line.earning_id) ?? 0
      if (recorded.has(key)) {
        refundedSoFar.set(line.earning_id, before + recorded.get(key)!)
        continue
      }
      const split = refundSplit(line, before, amount)
      refundedSoFar.set(line.earning_id, before + split.refunded)
      if (split.refunded) planned.push({ key, refund_id: refund.id, earning_id: line.earning_id, line_item_id: lineId, ...split })
    }
  }
  return planned
}
