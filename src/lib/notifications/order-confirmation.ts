/**
 * The order confirmation a shopper receives, as notification data: what the
 * email template shows. Pure: takes the order as queried.
 */
export type ConfirmableOrder = {
  id: string
  display_id?: number | string | null
  email?: string | null
  currency_code: string
  total: unknown
  items?: Array<{ title: string; variant_title?: string | null; quantity: unknown; total?: unknown } | null> | null
}

export const ORDER_CONFIRMATION_TEMPLATE = "order-placed"

export function orderConfirmation(order: ConfirmableOrder) {
  if (!order.email) {
    return undefined
  }
  return {
    to: order.email,
    channel: "email",
    template: ORDER_CONFIRMATION_TEMPLATE,
    trigger_type: "order.placed",
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `order-confirmation:${order.id}`,
    data: {
      order_id: order.id,
      display_id: order.display_id ?? null,
      currency_code: order.currency_code,
      total: Number(order.total),
      items: (order.items ?? []).flatMap((item) =>
        item
          ? [
              {
                title: item.variant_title ? `${item.title} (${item.variant_title})` : item.title,
                quantity: Number(item.quantity),
                total: Number(item.total ?? 0),
              },
            ]
          : []
      ),
    },
  }
}
