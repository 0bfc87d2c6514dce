import type { MedusaContainer } from "@medusajs/framework/types"
import type { NewEvent } from "../../src/lib/events/event-catalog"
import { EVENT_MODULE } from "../../src/modules/event"
import type EventModuleService from "../../src/modules/event/service"
import { createEventWorkflow } from "../../src/workflows/event/workflows/create-event"

const DAY = 86_400_000
const HOUR = 3_600_000

/** A full-moon circle in Durban, 20 and 50 days after `now`, with a general and a concession ticket. */
export function fullMoonCircle(now: Date, hostId: string | null, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    host_practitioner_id: hostId,
    title: "Full-moon sound circle",
    handle: "full-moon-sound-circle",
    kind: "circle",
    format: "in_person",
    venue_name: "The Glasshouse, Durban",
    city: "Durban",
    latitude: -29.8587,
    longitude: 31.0218,
    timezone: "Africa/Johannesburg",
    status: "published",
    dates: [
      { starts_at: new Date(now.getTime() + 20 * DAY), ends_at: new Date(now.getTime() + 20 * DAY + 2 * HOUR), capacity: 20 },
      { starts_at: new Date(now.getTime() + 50 * DAY), ends_at: new Date(now.getTime() + 50 * DAY + 2 * HOUR), capacity: 30 },
    ],
    ticket_types: [
      { name: "General", kind: "general", prices: { zar: 350, usd: 20, eur: 19 } },
      { name: "Concession", kind: "concession", per_order_limit: 2, prices: { zar: 200, usd: 12, eur: 11 } },
    ],
    ...overrides,
  }
}

/** Puts `event` on through the workflow and answers its ticket variants by date and ticket type (0-based). */
export async function putOnEvent(container: MedusaContainer, event: NewEvent, now = new Date()) {
  const { result } = await createEventWorkflow(container).run({ input: { event, now } })
  const mapping = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventTicketVariants({ event_date_id: result.dates.map((d) => d.id) })
  const variant = (date: number, type: number) =>
    mapping.find((m) => m.event_date_id === result.dates[date].id && m.ticket_type_id === result.ticket_types[type].id)!.variant_id
  return { ...result, variant }
}
