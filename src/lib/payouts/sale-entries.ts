import type { PurchaseKind } from "../../modules/payout/values"
import { CommissionRule, commissionRateFor, PLATFORM_COMMISSION_BPS, splitLine, toMinorUnits } from "./commission"
import { currencyDecimals, fromMinorUnits } from "./money"

/** An order line as the ledger reads it; `practitioner_id` null: the house's (no entry). */
export type SoldOrderLine = {
  line_item_id: string
  practitioner_id: string | null
  purchase: PurchaseKind
  product_id: string | null
  category_ids: string[]
  booking_id: string | null
  event_date_id: string | null
  event_date_ends_at: Date | null
  /** The line's total after discounts, with tax, and its tax — decimal amounts in major units. */
  total: string | number
  tax_total: string | number
}

export type SaleEntry = {
  line_item_id: string
  practitioner_id: string
  purchase: PurchaseKind
  product_id: string | null
  booking_id: string | null
  event_date_id: string | null
  event_date_ends_at: Date | null
  line_total: string
  gross: string
  rate_bps: number
  commission: string
  share: string
}

/**
 * The sale entries of an order: one per line a practitioner sold, with the
 * rate frozen now (the most specific rule) and the base — the line's total
 * after discounts, excluding tax — split into commission and share. Lines of
 * the house, and shipping, are the platform's and give no entry.
 */
export function saleEntries(lines: SoldOrderLine[], rules: CommissionRule[], currencyCode: string): SaleEntry[] {
  const decimals = currencyDecimals(currencyCode)
  const platformRule = rules.find((rule) => rule.practitioner_id === null && rule.category_id === null)
  const platformBps = platformRule?.rate_bps ?? PLATFORM_COMMISSION_BPS
  return lines.flatMap((line) => {
    if (!line.practitioner_id) return []
    const total = toMinorUnits(String(line.total), decimals)
    const base = total - toMinorUnits(String(line.tax_total), decimals)
    const { rate_bps } = commissionRateFor(rules, { practitioner_id: line.practitioner_id, category_ids: line.category_ids }, platformBps)
    const { commission, share } = splitLine(base, rate_bps)
    const money = (minor: number) => fromMinorUnits(minor, decimals)
    return [
      {
        line_item_id: line.line_item_id,
        practitioner_id: line.practitioner_id,
        purchase: line.purchase,
        product_id: line.product_id,
        booking_id: line.booking_id,
        event_date_id: line.event_date_id,
        event_date_ends_at: line.event_date_ends_at,
        line_total: money(Math.max(total, 0)),
        gross: money(Math.max(base, 0)),
        rate_bps,
        commission: money(commission),
        share: money(share),
      },
    ]
  })
}
