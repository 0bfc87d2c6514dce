import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENT_MODULE } from "../../../../../modules/event"
import type EventModuleService from "../../../../../modules/event/service"

/**
 * GET /store/customers/me/waitlist — the shopper's places on waitlists still
 * open (waiting, or holding an offer), with the date and their place in line.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const events = req.scope.resolve<EventModuleService>(EVENT_MODULE)
  const entries = await events.listEventWaitlistEntries(
    { customer_id: req.auth_context.actor_id, status: ["waiting", "offered"] },
    { relations: ["event_date", "event_date.event"], order: { created_at: "DESC" }, take: 100 }
  )
  const places = await events.waitlistPlaces(entries.map((entry) => entry.id))
  res.json({
    waitlist: entries.map((entry) => ({
      id: entry.id,
      status: entry.status,
      quantity: entry.quantity,
      place: places.get(entry.id) ?? null,
      offer_expires_at: entry.status === "offered" ? entry.offer_expires_at : null,
      event: { title: entry.event_date.event.title, handle: entry.event_date.event.handle, timezone: entry.event_date.event.timezone },
      date: { id: entry.event_date.id, starts_at: entry.event_date.starts_at, ends_at: entry.event_date.ends_at },
    })),
  })
}
