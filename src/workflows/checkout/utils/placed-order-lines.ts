import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PricedLine } from "../../../lib/bookings/order-lines"

export type PlacedOrderLines = {
  order: { id: string; customer_id: string | null; email: string | null }
  /** The cart the order was placed from (Medusa's order–cart link). */
  cart_id: string
  cart_lines: PricedLine[]
  order_lines: PricedLine[]
}

/**
 * An order with its lines and the lines of the cart it was placed from, as
 * pairing holds with order lines needs them; undefined for an order that
 * came from no cart (or does not exist).
 */
export async function placedOrderLines(container: MedusaContainer, orderId: string): Promise<PlacedOrderLines | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // An order line's quantity lives on its order item (`detail`).
    fields: ["id", "customer_id", "email", "cart.id", "items.id", "items.variant_id", "items.unit_price", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = orders[0]
  const cartId: string | undefined = order?.cart?.id
  if (!cartId) return undefined
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id", "items.unit_price", "items.quantity"],
    filters: { id: cartId },
  })
  const order_lines: PricedLine[] = (order.items ?? []).flatMap((item: any) =>
    item
      ? [
          {
            id: item.id,
            variant_id: item.variant_id ?? null,
            unit_price: Number(item.unit_price),
            quantity: Number(item.detail?.quantity ?? 0),
          },
        ]
      : []
  )
  return {
    order: { id: order.id, customer_id: order.customer_id ?? null, email: order.email ?? null },
    cart_id: cartId,
    cart_lines: ((carts[0]?.items ?? []) as Array<PricedLine | null>).filter((line): line is PricedLine => !!line),
    order_lines,
  }
}
