import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MAX_TICKET_LINES,
  seatsForOfferHolder,
  seatsLeft,
  SEAT_HOLD_GRACE_MS,
  TicketOffer,
  ticketHoldRefusal,
} from "../../../lib/events/seats"
import { hashOfferToken, offerClaimProblem } from "../../../lib/events/waitlist"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { seatsOfDates } from "../utils/date-seats"
import { seatsUnavailable } from "../utils/seats-unavailable"
import { wordedConflict } from "../../utils/worded-conflict"

export const validateSeatRequestStepId = "validate-seat-request"

/**
 * Refuses `quantity` seats of `offer` for the cart when the event is not on
 * sale, the ticket type's sale window or per-order limit says no, the cart
 * holds too many ticket lines, or the date has fewer seats left (capacity −
 * sold − held in any cart − kept for waitlist offers; none while anyone
 * waits). With a waitlist offer's token, the offer's own seats are the
 * shopper's too, for at most as many attendees as it keeps. Runs under the
 * date's lock, so two carts racing for the last seats cannot both pass.
 * Answers the waitlist entry being claimed, if any.
 */
export const validateSeatRequestStep = createStep(
  validateSeatRequestStepId,
  async (input: { cart_id: string; offer: TicketOffer; quantity: number; now: Date; waitlist_token?: string }, { container }) => {
    const now = new Date(input.now)
    const { offer } = input
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [claim] = input.waitlist_token
      ? await events.listEventWaitlistEntries({ offer_token_hash: hashOfferToken(input.waitlist_token) })
      : []
    if (input.waitlist_token) {
      const problem = offerClaimProblem(claim, offer.date.id, input.quantity, now)
      if (problem) throw wordedConflict("waitlist_conflict", problem)
    }
    const live = await events.listEventSeatHolds(
      { cart_id: input.cart_id, status: "held", expires_at: { $gt: new Date(now.getTime() - SEAT_HOLD_GRACE_MS) } },
      { select: ["id", "quantity", "event_date_id", "ticket_type_id"] }
    )
    if (live.length >= MAX_TICKET_LINES) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A cart holds at most ${MAX_TICKET_LINES} ticket lines; check out or remove some first.`
      )
    }
    const inCart = live
      .filter((hold) => hold.event_date_id === offer.date.id && hold.ticket_type_id === offer.ticket_type.id)
      .reduce((sum, hold) => sum + hold.quantity, 0)
    const seats = (await seatsOfDates(container, { event_date_ids: [offer.date.id], now })).get(offer.date.id)
    const left = !seats ? 0 : claim ? seatsForOfferHolder(seats, claim.quantity) : seatsLeft(seats)
    const refusal = ticketHoldRefusal({ offer, quantity: input.quantity, inCart, left, now })
    if (refusal?.kind === "unavailable") throw seatsUnavailable(refusal.message)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message)
    return new StepResponse({ claim_entry_id: claim?.id ?? null })
  }
)
