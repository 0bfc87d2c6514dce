import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeEventDate, seatsLeft } from "../../../lib/events/seats"
import { waitlistJoinRefusal, waitlistLength, waitlistQuantityLimit } from "../../../lib/events/waitlist"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { wordedConflict } from "../../utils/worded-conflict"
import { seatsOfDates } from "../utils/date-seats"
import { waitlistDate } from "../utils/date-offer"

export const validateWaitlistJoinStepId = "validate-waitlist-join"

/**
 * Lets `email` join the date's waitlist for `quantity` seats only when the
 * date is on sale, sold out to the public, the quantity within the event's
 * per-order limit, the email not already in its queue and the queue not
 * full (`waitlistLength`). Runs under the date's lock. Writes nothing.
 */
export const validateWaitlistJoinStep = createStep(
  validateWaitlistJoinStepId,
  async (input: { event_date_id: string; email: string; quantity: number; now: Date }, { container }) => {
    const now = new Date(input.now)
    const date = await waitlistDate(container, input.event_date_id)
    const seats = (await seatsOfDates(container, { event_date_ids: [date.date.id], now })).get(date.date.id)
    const left = seats ? seatsLeft(seats) : 0
    const refusal = waitlistJoinRefusal({
      offer: date,
      quantity: input.quantity,
      limit: waitlistQuantityLimit(date.per_order_limits),
      left,
      now,
    })
    if (refusal && left > 0) throw wordedConflict("waitlist_conflict", refusal)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [already] = await events.listEventWaitlistEntries(
      { event_date_id: date.date.id, email: input.email, status: ["waiting", "offered"] },
      { select: ["id"] }
    )
    if (already) throw wordedConflict("waitlist_conflict", `${input.email} is already on the waitlist for ${describeEventDate(date)}.`)
    const [, open] = await events.listAndCountEventWaitlistEntries(
      { event_date_id: date.date.id, status: ["waiting", "offered"] },
      { select: ["id"], take: 1 }
    )
    if (open >= waitlistLength(date.capacity)) {
      throw wordedConflict("waitlist_conflict", `The waitlist for ${describeEventDate(date)} is full.`)
    }
    return new StepResponse(date)
  }
)
