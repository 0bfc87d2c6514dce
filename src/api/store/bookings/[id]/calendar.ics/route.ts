import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { calendarFile } from "../../../../../lib/bookings/ics"
import { StoreBookingCalendarType } from "../../validators"

type Query = { graph: (config: object) => Promise<{ data: any[] }> }

/** Whether the (non-draft) order bought this booking: its line names it, from the moment the order is placed. */
async function orderBought(query: Query, orderId: string, bookingId: string) {
  const { data } = await query.graph({ entity: "order", fields: ["id", "is_draft_order", "items.metadata"], filters: { id: orderId } })
  const order = data[0]
  return !!order && !order.is_draft_order && (order.items ?? []).some((item: any) => item?.metadata?.booking_id === bookingId)
}

/**
 * GET /store/bookings/:id/calendar.ics[?order_id] — a session as an iCalendar
 * file: for its customer, with the meeting link or address; or for whoever
 * holds the id of the order it was bought in (a guest's confirmation page, as
 * Medusa's own order lookup allows), with the time only — the link and
 * address go to the client's email.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreBookingCalendarType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } })
  const booking = data[0]
  const orderId = req.validatedQuery.order_id
  const customer = !!booking?.customer_id && booking.customer_id === req.auth_context?.actor_id
  const shown = customer ? ["confirmed", "completed", "cancelled"] : ["held", "confirmed", "completed", "cancelled"]
  const entitled = !!booking && (customer || (!!orderId && (await orderBought(query, orderId, booking.id))))
  if (!entitled || !shown.includes(booking.status)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${req.params.id}.`)
  }
  const { data: practitioners } = await query.graph({ entity: "practitioner", fields: ["display_name"], filters: { id: booking.practitioner_id } })
  const online = booking.meeting_mode === "online"
  const ics = calendarFile({
    uid: booking.id,
    starts_at: new Date(booking.starts_at),
    ends_at: new Date(booking.ends_at),
    summary: `Session with ${practitioners[0]?.display_name ?? "your practitioner"}`,
    location: customer ? (online ? booking.meeting_url : booking.meeting_address) : null,
    url: customer && online ? booking.meeting_url : null,
    status: booking.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    sequence: booking.reschedule_count + (booking.status === "cancelled" ? 1 : 0),
    now: new Date(),
  })
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="avenrae-${booking.id}.ics"`)
  res.send(ics)
}
