import type { MedusaContainer } from "@medusajs/framework/types"
import { seatsLeft } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { seatsOfDates } from "./date-seats"
import { eventDetails } from "./event-details"

/**
 * A published event as its page shows it to shoppers: where and by whom, its
 * dates still to come with the seats left on each, and per date the ticket
 * types with the variant that sells each and whether it is on sale now.
 * Never the online link (ticket holders get it with their tickets).
 */
export async function eventPage(container: MedusaContainer, handle: string, now: Date) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const [event] = await events.listEvents({ handle, status: "published" }, { relations: ["dates", "ticket_types"] })
  if (!event) return undefined
  const dates = event.dates
    .filter((date) => date.status === "scheduled" && new Date(date.starts_at) > now)
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
  const [seats, variants, hosts] = await Promise.all([
    seatsOfDates(container, { event_date_ids: dates.map((d) => d.id), now }),
    dates.length ? events.listEventTicketVariants({ event_date_id: dates.map((d) => d.id) }) : Promise.resolve([]),
    event.host_practitioner_id
      ? container
          .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
          .listPractitioners({ id: event.host_practitioner_id, status: "approved" }, { select: ["handle", "display_name"] })
      : Promise.resolve([]),
  ])
  const onSale = (type: { sale_starts_at: Date | null; sale_ends_at: Date | null }) =>
    (!type.sale_starts_at || new Date(type.sale_starts_at) <= now) && (!type.sale_ends_at || now < new Date(type.sale_ends_at))
  return {
    ...eventDetails(event),
    latitude: event.latitude,
    longitude: event.longitude,
    images: event.images,
    host: hosts[0] ? { handle: hosts[0].handle, display_name: hosts[0].display_name } : null,
    dates: dates.map((date) => ({
      id: date.id,
      starts_at: date.starts_at,
      ends_at: date.ends_at,
      capacity: date.capacity,
      seats_left: seats.get(date.id) ? seatsLeft(seats.get(date.id)!) : 0,
      tickets: event.ticket_types.flatMap((type) => {
        const variant = variants.find((v) => v.event_date_id === date.id && v.ticket_type_id === type.id)
        return variant
          ? [
              {
                variant_id: variant.variant_id,
                name: type.name,
                kind: type.kind,
                per_order_limit: type.per_order_limit,
                sale_starts_at: type.sale_starts_at,
                sale_ends_at: type.sale_ends_at,
                on_sale: onSale(type),
              },
            ]
          : []
      }),
    })),
  }
}
