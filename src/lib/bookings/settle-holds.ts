/**
 * What becomes of holds whose time ran out. One rule for the scheduled sweep:
 * a hold whose cart has become an order belongs to that order and is never
 * released — if it is still held, the order's confirmation was lost (a crash
 * before the order.placed subscriber ran, or a subscriber that failed), so
 * the order's bookings are confirmed again; every other stale hold expires.
 */

export type StaleHold = { id: string; cart_id: string | null }

/** The order a cart became, and when. */
export type PlacedCart = { cart_id: string; order_id: string; placed_at: Date }

/**
 * How long after placement the order.placed subscriber is given to confirm
 * the order itself before the sweep does it (it normally takes well under a
 * second); confirming is idempotent either way.
 */
export const ORDER_CONFIRMATION_GRACE_MS = 30_000

export type HoldSettlement = {
  /** Holds that expire now, freeing their time. */
  expire: string[]
  /** Orders whose held bookings are confirmed now (each once). */
  confirm_orders: string[]
}

export function settleStaleHolds(input: { holds: StaleHold[]; placed: PlacedCart[]; now: Date }): HoldSettlement {
  const orderOfCart = new Map(input.placed.map((placed) => [placed.cart_id, placed]))
  const expire: string[] = []
  const confirm = new Set<string>()
  for (const hold of input.holds) {
    const placed = hold.cart_id ? orderOfCart.get(hold.cart_id) : undefined
    if (!placed) {
      expire.push(hold.id)
    } else if (input.now.getTime() - placed.placed_at.getTime() >= ORDER_CONFIRMATION_GRACE_MS) {
      confirm.add(placed.order_id)
    }
  }
  return { expire, confirm_orders: [...confirm] }
}
