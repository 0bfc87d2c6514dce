import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { calendarReader } from "../../../../../lib/bookings/calendar-access"
import { calendarFile, sessionEvent } from "../../../../../lib/bookings/ics"
import { StoreBookingCalendarType } from "../../validators"

/**
 * GET /store/bookings/:id/calendar.ics[?order_id] — a session as an iCalendar
 * file: for its customer, with the meeting link or address; for whoever holds
 * the order's id, with the time only (see calendarReader).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreBookingCalendarType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } })
  const booking = data[0]
  const reader = booking && (await calendarReader(query, booking, { customerId: req.auth_context?.actor_id, orderId: req.validatedQuery.order_id }))
  if (!reader) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${req.params.id}.`)
  const { data: practitioners } = await query.graph({ entity: "practitioner", fields: ["display_name"], filters: { id: booking.practitioner_id } })
  const summary = `Session with ${practitioners[0]?.display_name ?? "your practitioner"}`
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="avenrae-${booking.id}.ics"`)
  res.send(calendarFile(sessionEvent(booking, { summary, place: reader === "customer", now: new Date() })))
}
