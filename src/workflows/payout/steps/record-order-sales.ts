import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { earningVerdict } from "../../../lib/payouts/earning-release"
import { payoutSettings } from "../../../lib/payouts/payout-settings"
import { saleEntries } from "../../../lib/payouts/sale-entries"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { orderSaleLines } from "../utils/order-sale-lines"

/**
 * Writes an order's earnings and sale entries with the commission rules of
 * now, frozen on the entries: a later rule never changes them. A ticket's
 * money is earned from its date's end; sessions and crystals wait for their
 * outcome. Idempotent by line: a rerun writes nothing.
 */
export const recordOrderSalesStep = createStep("record-order-sales", async (input: { order_id: string; now: Date }, { container }) => {
  const sale = await orderSaleLines(container, input.order_id)
  if (!sale) return new StepResponse({ entries: 0 })
  const practitionerIds = [...new Set(sale.lines.map((line) => line.practitioner_id).filter(Boolean))] as string[]
  if (!practitionerIds.length) return new StepResponse({ entries: 0 })
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const rules = await service.listCommissionRules({ $or: [{ practitioner_id: practitionerIds }, { practitioner_id: null }] })
  const entries = saleEntries(sale.lines, rules, sale.currency_code)
  const { holdDays } = payoutSettings(process.env)
  const earningIds = await service.ensureEarnings(
    entries.map((entry) => {
      const verdict =
        entry.purchase === "ticket" && entry.event_date_ends_at
          ? earningVerdict({ purchase: "ticket", date_ends_at: entry.event_date_ends_at }, holdDays, input.now)
          : { status: "pending" as const, available_at: null, reason: null }
      return {
        practitioner_id: entry.practitioner_id,
        order_id: sale.order_id,
        line_item_id: entry.line_item_id,
        currency_code: sale.currency_code,
        purchase: entry.purchase,
        product_id: entry.product_id,
        booking_id: entry.booking_id,
        event_date_id: entry.event_date_id,
        line_total: entry.line_total,
        status: verdict.status,
        available_at: verdict.available_at,
        status_reason: verdict.reason,
      }
    })
  )
  const written = await service.appendLedgerEntries(
    entries.map((entry) => ({
      practitioner_id: entry.practitioner_id,
      currency_code: sale.currency_code,
      kind: "sale" as const,
      earning_id: earningIds.get(entry.line_item_id) ?? null,
      order_id: sale.order_id,
      line_item_id: entry.line_item_id,
      booking_id: entry.booking_id,
      gross: entry.gross,
      rate_bps: entry.rate_bps,
      commission: entry.commission,
      share: entry.share,
      source: "order.placed",
      source_key: `sale:${entry.line_item_id}`,
    }))
  )
  if (written.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Ledger: ${written.length} sale entries for order ${sale.order_id}`)
  }
  return new StepResponse({ entries: written.length })
})
