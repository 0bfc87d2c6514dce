type Query = { graph: (config: object) => Promise<{ data: any[] }> }

/**
 * Who may read a session's calendar file, and so how much of it:
 * - "customer": the booking's own customer, once it is confirmed (or after),
 *   with the meeting link or address;
 * - "order": whoever holds the id of the (non-draft) order whose line names
 *   the booking — a guest's confirmation page, as Medusa's own order lookup
 *   allows — from the moment the order is placed, with the time only;
 * - null: nobody else (the route answers 404).
 */
export async function calendarReader(
  query: Query,
  booking: { id: string; customer_id: string | null; status: string },
  who: { customerId?: string; orderId?: string }
): Promise<"customer" | "order" | null> {
  if (booking.customer_id && booking.customer_id === who.customerId) {
    return ["confirmed", "completed", "cancelled"].includes(booking.status) ? "customer" : null
  }
  if (!who.orderId || !["held", "confirmed", "completed", "cancelled"].includes(booking.status)) return null
  const { data } = await query.graph({ entity: "order", fields: ["id", "is_draft_order", "items.metadata"], filters: { id: who.orderId } })
  const order = data[0]
  const bought = !!order && !order.is_draft_order && (order.items ?? []).some((item: any) => item?.metadata?.booking_id === booking.id)
  return bought ? "order" : null
}
