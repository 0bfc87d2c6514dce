/**
 * What refunding one line of an order needs to read: the lines' totals after
 * discounts, with tax (Medusa computes them from the tax lines and
 * adjustments, so both are read), and the order's payment.
 */
export const REFUNDABLE_ORDER_FIELDS = [
  "id",
  "email",
  "currency_code",
  "total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.total",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
]

type OrderWithPayments = {
  payment_collections?: Array<{ payments?: Array<{ id: string; captured_at?: unknown } | null> | null } | null> | null
}

/** The payment a refund goes through (the order's first), and whether it was captured yet. */
export function refundablePayment(order: OrderWithPayments | undefined) {
  const payment = (order?.payment_collections ?? []).flatMap((c) => c?.payments ?? [])[0]
  return { payment_id: payment?.id ?? null, payment_captured: !!payment?.captured_at }
}
