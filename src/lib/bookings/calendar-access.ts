/**
 * Who may read a session's calendar file, and so how much of it:
 * - "customer": the booking's own customer, once it is confirmed (or after),
 *   with the meeting link or address;
 * - "order": whoever holds the id of the order the session was bought in — a
 *   guest's confirmation page, as Medusa's own order lookup allows — from the
 *   moment the order is placed, with the time only;
 * - null: nobody else (the route answers 404).
 */
export function calendarReader(
  booking: { customer_id: string | null; order_id: string | null; status: string },
  who: { customerId?: string; orderId?: string }
): "customer" | "order" | null {
  const placed = ["confirmed", "completed", "cancelled"].includes(booking.status)
  if (booking.customer_id && booking.customer_id === who.customerId) return placed ? "customer" : null
  return placed && !!who.orderId && booking.order_id === who.orderId ? "order" : null
}
