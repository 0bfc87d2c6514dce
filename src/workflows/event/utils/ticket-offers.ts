import type { MedusaContainer } from "@medusajs/framework/types"
import type { TicketOffer } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

/**
 * What each of these variants sells, for those that are tickets: the event,
 * the date and the ticket type, found through the event module's own
 * variant mapping. Variants that are not tickets are absent.
 */
export async function ticketOffers(
  container: MedusaContainer,
  variantIds: Array<string | null | undefined>
): Promise<Map<string, TicketOffer>> {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const mappings = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventTicketVariants({ variant_id: ids }, { relations: ["event_date", "event_date.event", "ticket_type"] })
  return new Map(
    mappings.map((mapping) => [
      mapping.variant_id,
      {
        variant_id: mapping.variant_id,
        event: {
          title: mapping.event_date.event.title,
          status: mapping.event_date.event.status,
          timezone: mapping.event_date.event.timezone,
        },
        date: { id: mapping.event_date.id, starts_at: mapping.event_date.starts_at, status: mapping.event_date.status },
        ticket_type: {
          id: mapping.ticket_type.id,
          name: mapping.ticket_type.name,
          sale_starts_at: mapping.ticket_type.sale_starts_at,
          sale_ends_at: mapping.ticket_type.sale_ends_at,
          per_order_limit: mapping.ticket_type.per_order_limit,
        },
      },
    ])
  )
}
