import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { calendarReader } from "../../../../../lib/bookings/calendar-access"
import { calendarFile, sessionEvent } from "../../../../../lib/bookings/ics"
import { StoreBookingCalendarType } from "../../validators"

const CALENDAR_FIELDS = [
  "id",
  "status",
  "customer_id",
  "order_id",
  "starts_at",
  "ends_at",
  "reschedule_count",
  "meeting_mode",
  "meeting_url",
  "meeting_address",
  "practitioner.display_name",
]

/**
 * GET /store/bookings/:id/calendar.ics[?order_id] — a session as an iCalendar
 * file: for its customer, with the meeting link or address; for whoever holds
 * the order's id, with the time only (see calendarReader).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreBookingCalendarType>, res: MedusaResponse) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "booking", fields: CALENDAR_FIELDS, filters: { id: req.params.id } })
  const booking = data[0]
  const reader = booking && calendarReader(booking, { customerId: req.auth_context?.actor_id, orderId: req.validatedQuery.order_id })
  if (!reader) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${req.params.id}.`)
  const summary = `Session with ${booking.practitioner?.display_name ?? "your practitioner"}`
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="avenrae-${booking.id}.ics"`)
  res.send(calendarFile(sessionEvent(booking, { summary, place: reader === "customer", now: new Date() })))
}
