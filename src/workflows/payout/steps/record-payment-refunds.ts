import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "../../../lib/payouts/commission"
import { currencyDecimals, fromMinorUnits } from "../../../lib/payouts/money"
import { planLineRefunds } from "../../../lib/payouts/refund-plan"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { NewLedgerEntry } from "../../../modules/payout/service"
import { providerFor, stripeConnectClient } from "../utils/payout-providers"

type Refund = { id: string; amount: unknown; created_at: string | Date }

/**
 * Takes back, for every refund of the payment, the practitioners' part of
 * what it returned: the line a cancellation named, or every line in
 * proportion to its total when the refund named none (a staff refund, a
 * return). Before the line was paid out, a negative entry; after, the same
 * part of the transfer is reversed at Stripe, and what cannot be reversed
 * (a bank transfer, a short balance) becomes a debt that the next payout
 * nets out. Every write is keyed by the refund, so redelivery, reruns and
 * concurrent runs add nothing (Stripe's idempotency key gives them one
 * reversal).
 */
export const recordPaymentRefundsStep = createStep(
  "record-payment-refunds",
  async (input: { payment_id: string; now: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "payment_collection_id", "refunds.id", "refunds.amount", "refunds.created_at"],
      filters: { id: input.payment_id },
    })
    const payment = payments[0]
    if (!payment?.refunds?.length) return new StepResponse({ entries: 0 })
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    const orderId: string | undefined = links[0]?.order_id
    if (!orderId) return new StepResponse({ entries: 0 })
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const earnings = await service.listEarnings({ order_id: orderId })
    if (!earnings.length) return new StepResponse({ entries: 0 })

    const { data: orders } = await query.graph({
      entity: "order",
      // What was paid for: items and shipping after discounts, with tax — not `total`, which refund credit lines lower.
      fields: [
        "id",
        "total",
        "item_total",
        "shipping_total",
        "currency_code",
        "items.tax_lines.*",
        "items.adjustments.*",
        "shipping_methods.tax_lines.*",
        "shipping_methods.adjustments.*",
      ],
      filters: { id: orderId },
    })
    const order = orders[0]
    const decimals = currencyDecimals(order.currency_code)
    const minor = (amount: unknown) => toMinorUnits(String(amount ?? 0), decimals)
    const money = (amount: number) => fromMinorUnits(amount, decimals)

    const entries = await service.listLedgerEntries({ order_id: orderId })
    const saleOf = new Map(entries.filter((e) => e.kind === "sale").map((e) => [e.earning_id, e]))
    const refunds = [...(payment.refunds as Refund[])].filter(Boolean).sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
    const attributions = await service.listRefundAttributions({ refund_id: refunds.map((refund) => refund.id) })
    const attributionOf = new Map(attributions.map((a) => [a.refund_id, a]))
    const earningOf = new Map(earnings.map((earning) => [earning.id, earning]))
    const plan = planLineRefunds(
      refunds.map((refund) => {
        const attribution = attributionOf.get(refund.id)
        return {
          id: refund.id,
          amount: minor(refund.amount),
          line: attribution ? { line_item_id: attribution.line_item_id, amount: minor(attribution.amount) } : null,
        }
      }),
      earnings.flatMap((earning) => {
        const sale = saleOf.get(earning.id)
        return sale
          ? [
              {
                earning_id: earning.id,
                line_item_id: earning.line_item_id,
                base: minor(sale.gross),
                rate_bps: sale.rate_bps ?? 0,
                line_total: minor(earning.line_total),
              },
            ]
          : []
      }),
      minor(order.item_total) + minor(order.shipping_total),
      new Map(entries.filter((e) => e.refund_id).map((e) => [e.source_key, minor(e.refunded)]))
    )
    const payouts = await service.listPayouts({ id: [...new Set(entries.map((e) => e.payout_id).filter(Boolean))] as string[] })
    const payoutOf = new Map(payouts.map((payout) => [payout.id, payout]))
    const accounts = await service.listPayoutAccounts({ practitioner_id: [...new Set(earnings.map((e) => e.practitioner_id))] })
    const stripe = stripeConnectClient()

    const toAppend: NewLedgerEntry[] = []
    for (const part of plan) {
      const earning = earningOf.get(part.earning_id)!
      const sale = saleOf.get(part.earning_id)!
      const attribution = attributionOf.get(part.refund_id)
      const common: NewLedgerEntry = {
        practitioner_id: earning.practitioner_id,
        currency_code: earning.currency_code,
        kind: "refund",
        earning_id: earning.id,
        order_id: orderId,
        line_item_id: part.line_item_id,
        booking_id: attribution?.booking_id ?? earning.booking_id,
        ticket_id: attribution?.ticket_id ?? null,
        gross: money(part.gross),
        rate_bps: sale.rate_bps,
        commission: money(part.commission),
        share: money(part.share),
        refunded: money(part.refunded),
        refund_id: part.refund_id,
        source: attribution ? "cancellation refund" : "refund",
        source_key: part.key,
        available_at: input.now,
      }
      const paidBy = sale.payout_id ? payoutOf.get(sale.payout_id) : undefined
      if (!paidBy) {
        toAppend.push(common)
        continue
      }
      const transferred = paidBy.transfer_id && (paidBy.status === "in_transit" || paidBy.status === "paid")
      const account = accounts.find((a) => a.practitioner_id === earning.practitioner_id)
      const reversal = transferred
        ? await providerFor(account, stripe).reverse({
            transfer_id: paidBy.transfer_id!,
            amount_minor: -part.share,
            idempotency_key: `reversal:${part.refund_id}:${earning.id}`,
          })
        : { ok: false as const, message: `Already in payout ${paidBy.id}, which has not reached the practitioner's Stripe account` }
      toAppend.push(
        reversal.ok
          ? {
              ...common,
              kind: "reversal",
              transfer_reversal_id: reversal.reversal_id,
              payout_id: paidBy.id,
              reason: `Reversed from transfer ${paidBy.transfer_id}`,
            }
          : // Owed from now, whatever the line's own earning date: it was paid out already.
            { ...common, kind: "debt", earning_id: null, reason: `Refunded after payout ${paidBy.id}: ${reversal.message}` }
      )
    }
    const written = await service.appendLedgerEntries(toAppend)
    return new StepResponse({ entries: written.length })
  }
)
