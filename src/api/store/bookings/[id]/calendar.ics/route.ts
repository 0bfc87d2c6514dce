import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { calendarFile } from "../../../../../lib/bookings/ics"
import { StoreBookingCalendarType } from "../../validators"

const SHOWN_STATUSES = ["confirmed", "completed", "cancelled"]

/**
 * GET /store/bookings/:id/calendar.ics[?order_id] — a session as an iCalendar
 * file, for its customer or for whoever holds the id of the order it was
 * bought in (as Medusa's own order confirmation does for guests).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreBookingCalendarType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } })
  const booking = data[0]
  const customerId = req.auth_context?.actor_id
  const orderId = req.validatedQuery.order_id
  const entitled = booking && ((customerId && booking.customer_id === customerId) || (orderId && booking.order_id === orderId))
  if (!entitled || !SHOWN_STATUSES.includes(booking.status)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${req.params.id}.`)
  }
  const { data: practitioners } = await query.graph({ entity: "practitioner", fields: ["display_name"], filters: { id: booking.practitioner_id } })
  const ics = calendarFile({
    uid: booking.id,
    starts_at: new Date(booking.starts_at),
    ends_at: new Date(booking.ends_at),
    summary: `Session with ${practitioners[0]?.display_name ?? "your practitioner"}`,
    location: booking.meeting_mode === "online" ? booking.meeting_url : booking.meeting_address,
    url: booking.meeting_mode === "online" ? booking.meeting_url : null,
    status: booking.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    sequence: booking.reschedule_count + (booking.status === "cancelled" ? 1 : 0),
    now: new Date(),
  })
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="avenrae-${booking.id}.ics"`)
  res.send(ics)
}
