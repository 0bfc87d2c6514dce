import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { seatsFree } from "../../../lib/events/seats"
import { entriesToOffer, newOfferToken, offerExpiry, waitlistOfferHours } from "../../../lib/events/waitlist"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { seatsOfDates } from "../utils/date-seats"
import { waitlistDate } from "../utils/date-offer"

export const offerWaitlistSeatsStepId = "offer-waitlist-seats"

/** An offer just made: the link's token exists only here and in the email. */
export type WaitlistOffer = { id: string; email: string; quantity: number; token: string; expires_at: Date }

/**
 * Runs under the date's lock: offers past their expiry lapse, then the seats
 * nobody has go to the queue — the first waiting entry whose quantity fits,
 * then the next — each offer kept until WAITLIST_OFFER_HOURS from now.
 * Every move is a conditional update, so running it again changes nothing
 * that already moved.
 */
export const offerWaitlistSeatsStep = createStep(
  offerWaitlistSeatsStepId,
  async (input: { event_date_id: string; now: Date }, { container }) => {
    const now = new Date(input.now)
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const lapsed = await events.listEventWaitlistEntries(
      { event_date_id: input.event_date_id, status: "offered", offer_expires_at: { $lte: now } },
      { select: ["id"] }
    )
    const expired = await events.moveWaitlistEntries({ ids: lapsed.map((e) => e.id), from: ["offered"], to: "expired" })
    const date = await waitlistDate(container, input.event_date_id)
    const onSale = date.event.status === "published" && date.date.status === "scheduled" && new Date(date.date.starts_at) > now
    if (!onSale) return new StepResponse({ offers: [] as WaitlistOffer[], expired }, [] as string[])
    const seats = (await seatsOfDates(container, { event_date_ids: [input.event_date_id], now })).get(input.event_date_id)
    const waiting = await events.listEventWaitlistEntries(
      { event_date_id: input.event_date_id, status: "waiting" },
      { select: ["id", "email", "quantity"], order: { position: "ASC" } }
    )
    const chosen = entriesToOffer(waiting, seats ? seatsFree(seats) : 0)
    const tokens = new Map(chosen.map((entry) => [entry.id, newOfferToken()]))
    const expires_at = offerExpiry(now, waitlistOfferHours(process.env))
    const moved = new Set(
      await events.moveWaitlistEntries({
        ids: chosen.map((entry) => entry.id),
        from: ["waiting"],
        to: "offered",
        offer: { expires_at, token_hashes: new Map([...tokens].map(([id, t]) => [id, t.hash])) },
      })
    )
    const offers = waiting
      .filter((entry) => moved.has(entry.id))
      .map((entry) => ({ id: entry.id, email: entry.email, quantity: entry.quantity, token: tokens.get(entry.id)!.token, expires_at }))
    return new StepResponse({ offers, expired }, [...moved])
  },
  async (offeredIds, { container }) => {
    if (!offeredIds?.length) return
    await container.resolve<EventModuleService>(EVENT_MODULE).moveWaitlistEntries({ ids: offeredIds, from: ["offered"], to: "waiting" })
  }
)
