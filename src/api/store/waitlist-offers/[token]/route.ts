import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hashOfferToken, offerClaimProblem } from "../../../../lib/events/waitlist"
import { EVENT_MODULE } from "../../../../modules/event"
import type EventModuleService from "../../../../modules/event/service"

/**
 * GET /store/waitlist-offers/:token — what an offer's link keeps: the event,
 * the date and how many seats until when. Claim it by adding tickets with
 * POST /store/carts/:id/tickets { variant_id, attendees, waitlist_token }.
 * An unknown, used or lapsed link is a 404 that says so.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const events = req.scope.resolve<EventModuleService>(EVENT_MODULE)
  const [entry] = await events.listEventWaitlistEntries(
    { offer_token_hash: hashOfferToken(req.params.token) },
    { relations: ["event_date", "event_date.event"] }
  )
  const problem = entry && offerClaimProblem(entry, entry.event_date_id, 0, new Date())
  if (!entry || problem) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, problem ?? "This waitlist link is not known: use the link from the offer email.")
  }
  const { event_date: date } = entry
  res.json({
    waitlist_offer: {
      quantity: entry.quantity,
      expires_at: entry.offer_expires_at,
      event: { title: date.event.title, handle: date.event.handle, timezone: date.event.timezone },
      date: { id: date.id, starts_at: date.starts_at, ends_at: date.ends_at },
    },
  })
}
