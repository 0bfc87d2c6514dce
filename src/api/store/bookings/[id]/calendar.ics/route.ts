import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { calendarFile } from "../../../../../lib/bookings/ics"

/** GET /store/bookings/:id/calendar.ics — one's own session as an iCalendar file. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } })
  const booking = data[0]
  if (!booking || booking.customer_id !== req.auth_context.actor_id || !["confirmed", "completed", "cancelled"].includes(booking.status)) {
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
