import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HoldSettlement, settleStaleHolds } from "../../../lib/bookings/settle-holds"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"
import { findPlacedCarts } from "../utils/placed-carts"

export const expireStaleHoldsStepId = "expire-stale-holds"

/** At most this many stale holds are settled per run; the next run takes the rest. */
const BATCH = 500

/**
 * Holds whose time ran out become expired, freeing the slot for others —
 * except holds whose cart has become an order (settleStaleHolds): those are
 * returned as orders to confirm instead.
 */
export const expireStaleHoldsStep = createStep(
  expireStaleHoldsStepId,
  async (input: { now: Date | string }, { container }) => {
    // A workflow's input arrives serialised: the instant may come as a string.
    const now = new Date(input.now)
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const stale = await service.listBookings(
      { status: "held", hold_expires_at: { $lt: now } },
      { select: ["id", "cart_id"], take: BATCH, order: { hold_expires_at: "ASC" } }
    )
    const cartIds = [...new Set(stale.flatMap((b) => (b.cart_id ? [b.cart_id] : [])))]
    const settlement: HoldSettlement = settleStaleHolds({ holds: stale, placed: await findPlacedCarts(container, cartIds), now })
    if (settlement.expire.length) {
      await service.updateBookings(settlement.expire.map((id) => ({ id, status: "expired" as const })))
    }
    return new StepResponse(settlement, settlement.expire)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings(ids.map((id) => ({ id, status: "held" as const })))
  }
)
