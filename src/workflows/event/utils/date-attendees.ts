import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AttendeeRow } from "../../../lib/events/attendees-csv"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

/**
 * Everyone holding a ticket to a date, by name, for its host (another host's
 * date is not found) or staff: the ticket type, whether they are in, and the
 * email to reach them (never the check-in code: that stays the holder's).
 * Cancelled and refunded tickets are listed too, marked.
 */
export async function dateAttendees(container: MedusaContainer, input: { event_date_id: string; host_practitioner_id?: string }) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const [date] = await events.listEventDates({ id: input.event_date_id }, { relations: ["event"] })
  if (!date || (input.host_practitioner_id && date.event.host_practitioner_id !== input.host_practitioner_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event date with id ${input.event_date_id}.`)
  }
  const tickets = await events.listEventTickets(
    { event_date_id: date.id },
    { relations: ["ticket_type"], order: { attendee_name: "ASC" }, take: 10_000 }
  )
  const attendees: AttendeeRow[] = tickets.map((ticket) => ({
    attendee_name: ticket.attendee_name,
    attendee_email: ticket.attendee_email,
    ticket_type: ticket.ticket_type.name,
    status: ticket.status,
    checked_in_at: ticket.checked_in_at,
  }))
  return { date: { id: date.id, starts_at: date.starts_at, event_title: date.event.title, timezone: date.event.timezone }, attendees }
}
