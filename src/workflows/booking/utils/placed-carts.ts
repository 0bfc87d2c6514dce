import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { PlacedCart } from "../../../lib/bookings/settle-holds"

/** Which of these carts have become orders (Medusa's order–cart link), and when each order was placed. */
export async function findPlacedCarts(container: MedusaContainer, cartIds: string[]): Promise<PlacedCart[]> {
  if (!cartIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id", "order_id"],
    filters: { cart_id: cartIds },
  })
  if (!links.length) return []
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "created_at"],
    filters: { id: links.map((link) => link.order_id as string) },
  })
  const placedAt = new Map(orders.map((order) => [order.id, new Date(order.created_at as string | Date)]))
  return links.flatMap((link) => {
    const at = placedAt.get(link.order_id as string)
    return at ? [{ cart_id: link.cart_id as string, order_id: link.order_id as string, placed_at: at }] : []
  })
}
