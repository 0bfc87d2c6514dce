import { describeSessionTime } from "./hold"

export type HeldBookingView = {
  id: string
  status: string
  cart_id: string | null
  variant_id: string
  starts_at: Date | string
  hold_expires_at: Date | string | null
  customer_timezone: string
}

export type SessionLine = { id?: string; title?: string | null; variant_id?: string | null; quantity?: unknown }

export const BOOK_WITH_A_TIME =
  "A session is booked for a time: choose one of the practitioner's free slots and add it with POST /store/carts/{id}/bookings."

export const ONE_SESSION_PER_LINE = "A booked session is always one session; book another time to add a second."

/**
 * Why a cart's session line cannot be checked out, in the shopper's words, or
 * undefined when its hold is good. `booking` is the booking whose
 * line_item_id is this line (never one named in the line's metadata). One
 * rule for every path that completes a cart.
 */
export function sessionLineProblem(line: SessionLine, booking: HeldBookingView | undefined, cartId: string, now: Date): string | undefined {
  if (!booking || booking.cart_id !== cartId || booking.variant_id !== line.variant_id) return BOOK_WITH_A_TIME
  if (Number(line.quantity ?? 1) !== 1) return ONE_SESSION_PER_LINE
  const when = describeSessionTime(line.title ?? "Your session", new Date(booking.starts_at), booking.customer_timezone)
  if (booking.status !== "held") {
    return `${when} is no longer held for this cart. Remove it and choose a time again.`
  }
  if (!booking.hold_expires_at || new Date(booking.hold_expires_at) <= now) {
    return `Your hold on ${when} has expired. Remove it from the cart and choose a time again.`
  }
  return undefined
}
