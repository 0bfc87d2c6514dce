import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { TicketOffer } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

/** A date as its waitlist needs it: the event and date as a ticket offer sees them, and its ticket types' per-order limits. */
export type WaitlistDate = Pick<TicketOffer, "event" | "date"> & {
  event_id: string
  handle: string
  capacity: number
  per_order_limits: number[]
}

/** The date `id` with its event; a date that does not exist is a 404 in words. */
export async function waitlistDate(container: MedusaContainer, id: string): Promise<WaitlistDate> {
  const [date] = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventDates({ id }, { relations: ["event", "event.ticket_types"] })
  if (!date) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no event date with id ${id}.`)
  return {
    event_id: date.event.id,
    handle: date.event.handle,
    capacity: date.capacity,
    event: { title: date.event.title, status: date.event.status, timezone: date.event.timezone },
    date: { id: date.id, starts_at: date.starts_at, status: date.status },
    per_order_limits: date.event.ticket_types.map((type) => type.per_order_limit),
  }
}
