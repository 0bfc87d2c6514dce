import { describeSessionTime } from "./hold"

export type HeldBookingView = {
  id: string
  status: string
  cart_id: string | null
  variant_id: string
  starts_at: Date | string
  hold_expires_at: Date | string | null
}

export const BOOK_WITH_A_TIME =
  "A session is booked for a time: choose one of the practitioner's free slots and add it with POST /store/carts/{id}/bookings."

/**
 * Why a cart's session line cannot be checked out, in the shopper's words, or
 * undefined when its hold is good. One rule for every path that checks it.
 */
export function sessionLineProblem(
  line: { title?: string | null; variant_id?: string | null; metadata?: Record<string, unknown> | null },
  booking: HeldBookingView | undefined,
  cartId: string,
  now: Date,
  timeZone: string
): string | undefined {
  if (!booking || booking.cart_id !== cartId || booking.variant_id !== line.variant_id) return BOOK_WITH_A_TIME
  const when = describeSessionTime(line.title ?? "Your session", new Date(booking.starts_at), timeZone)
  if (booking.status !== "held") {
    return `${when} is no longer held for this cart. Remove it and choose a time again.`
  }
  if (!booking.hold_expires_at || new Date(booking.hold_expires_at) <= now) {
    return `Your hold on ${when} has expired. Remove it from the cart and choose a time again.`
  }
  return undefined
}
