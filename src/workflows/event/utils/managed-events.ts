import type { MedusaContainer } from "@medusajs/framework/types"
import { seatsLeft } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { seatsOfDates } from "./date-seats"
import { eventDetails } from "./event-details"

type EventWithParts = Awaited<ReturnType<EventModuleService["listEvents"]>>[number]

/**
 * Events as their host and staff manage them: every date (past, cancelled
 * too) with its sales — capacity, tickets sold and checked in, seats held in
 * carts, kept for waitlist offers, people waiting, seats the public can still
 * buy — and the ticket types.
 */
export async function presentManagedEvents(container: MedusaContainer, events: EventWithParts[], now: Date) {
  const dateIds = events.flatMap((event) => (event.dates ?? []).map((date) => date.id))
  const service = container.resolve<EventModuleService>(EVENT_MODULE)
  const [seats, counts] = await Promise.all([seatsOfDates(container, { event_date_ids: dateIds, now }), service.ticketCounts(dateIds)])
  return events.map((event) => ({
    ...eventDetails(event),
    status: event.status,
    host_practitioner_id: event.host_practitioner_id,
    online_url: event.online_url,
    check_in_opens_minutes: event.check_in_opens_minutes,
    cancellation_policy: event.cancellation_policy,
    ticket_types: (event.ticket_types ?? []).map((type) => ({
      id: type.id,
      name: type.name,
      kind: type.kind,
      per_order_limit: type.per_order_limit,
      sale_starts_at: type.sale_starts_at,
      sale_ends_at: type.sale_ends_at,
    })),
    dates: [...(event.dates ?? [])]
      .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
      .map((date) => {
        const seat = seats.get(date.id)
        const count = counts.get(date.id) ?? { sold: 0, checked_in: 0 }
        return {
          id: date.id,
          starts_at: date.starts_at,
          ends_at: date.ends_at,
          status: date.status,
          cancellation_reason: date.cancellation_reason,
          capacity: date.capacity,
          sold: count.sold,
          checked_in: count.checked_in,
          held: seat?.held ?? 0,
          offered: seat?.offered ?? 0,
          waiting: seat?.waiting ?? 0,
          seats_left: seat && date.status === "scheduled" ? seatsLeft(seat) : 0,
        }
      }),
  }))
}

export const MANAGED_EVENT_RELATIONS = ["dates", "ticket_types"]
