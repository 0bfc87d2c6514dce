import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HoldSettlement, settleStaleHolds } from "../../../lib/bookings/settle-holds"
import { SEAT_HOLD_GRACE_MS } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { findPlacedCarts } from "../../booking/utils/placed-carts"

export const expireStaleSeatHoldsStepId = "expire-stale-seat-holds"

/** At most this many stale holds are settled per run; the next run takes the rest. */
const BATCH = 500

/**
 * Seat holds past their expiry (and its grace) become expired, giving the
 * seats back — except holds whose cart has become an order: those are
 * returned as orders whose tickets are still to be issued.
 */
export const expireStaleSeatHoldsStep = createStep(
  expireStaleSeatHoldsStepId,
  async (input: { now: Date | string }, { container }) => {
    // A workflow's input arrives serialised: the instant may come as a string.
    const now = new Date(input.now)
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const stale = await events.listEventSeatHolds(
      { status: "held", expires_at: { $lt: new Date(now.getTime() - SEAT_HOLD_GRACE_MS) } },
      { select: ["id", "cart_id"], take: BATCH, order: { expires_at: "ASC" } }
    )
    const cartIds = [...new Set(stale.map((hold) => hold.cart_id))]
    const settlement: HoldSettlement = settleStaleHolds({ holds: stale, placed: await findPlacedCarts(container, cartIds), now })
    if (settlement.expire.length) await events.updateEventSeatHolds(settlement.expire.map((id) => ({ id, status: "expired" as const })))
    return new StepResponse(settlement, settlement.expire)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEventSeatHolds(ids.map((id) => ({ id, status: "held" as const })))
  }
)
