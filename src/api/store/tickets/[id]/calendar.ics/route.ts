import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { eventDateCalendar } from "../../../../../lib/events/ticket-notifications"
import { TICKET_DATE_AND_PLACE_FIELDS } from "../../../../../workflows/event/utils/ticket-date-fields"

const CALENDAR_FIELDS = ["id", "customer_id", ...TICKET_DATE_AND_PLACE_FIELDS]

/** GET /store/tickets/:id/calendar.ics — the date of one's own ticket as an iCalendar file, in the event's zone, with its place or link. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "event_ticket", fields: CALENDAR_FIELDS, filters: { id: req.params.id } })
  const ticket = data[0]
  if (!ticket || !ticket.customer_id || ticket.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no ticket with id ${req.params.id}.`)
  }
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="avenrae-${ticket.event_date.id}.ics"`)
  res.send(eventDateCalendar({ date: ticket.event_date, event: ticket.event_date.event }, new Date()))
}
