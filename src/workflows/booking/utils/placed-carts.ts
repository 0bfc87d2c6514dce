import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { PlacedCart } from "../../../lib/bookings/settle-holds"

/** Which of these carts have become orders (through Medusa's order–cart link), and when. */
export async function findPlacedCarts(container: MedusaContainer, cartIds: string[]): Promise<PlacedCart[]> {
  if (!cartIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "order.id", "order.created_at"],
    filters: { id: cartIds },
  })
  return carts.flatMap((cart) =>
    cart.order ? [{ cart_id: cart.id, order_id: cart.order.id, placed_at: new Date(cart.order.created_at as string | Date) }] : []
  )
}
