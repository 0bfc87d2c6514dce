/** Whether anything in a cart or an order is shipped; sessions alone need no delivery. */
export function needsDelivery(cart: { items?: Array<{ requires_shipping?: boolean | null }> | null }) {
  return (cart.items ?? []).some((item) => item.requires_shipping !== false)
}
