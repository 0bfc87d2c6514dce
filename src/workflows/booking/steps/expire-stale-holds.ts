import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const expireStaleHoldsStepId = "expire-stale-holds"

/** Holds whose time ran out become expired, freeing the slot for others. */
export const expireStaleHoldsStep = createStep(
  expireStaleHoldsStepId,
  async (input: { now: Date }, { container }) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const stale = await service.listBookings({ status: "held", hold_expires_at: { $lt: input.now } }, { select: ["id"], take: 500 })
    if (!stale.length) return new StepResponse([] as string[], [] as string[])
    await service.updateBookings(stale.map((b) => ({ id: b.id, status: "expired" as const })))
    return new StepResponse(
      stale.map((b) => b.id),
      stale.map((b) => b.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings(ids.map((id) => ({ id, status: "held" as const })))
  }
)
