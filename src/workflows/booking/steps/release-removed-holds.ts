import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const releaseRemovedHoldsStepId = "release-removed-holds"

/** Held bookings whose cart line is gone (removed, or quantity set to 0) free their time. */
export const releaseRemovedHoldsStep = createStep(
  releaseRemovedHoldsStepId,
  async (input: { cart_id: string }, { container }) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const held = await service.listBookings({ cart_id: input.cart_id, status: "held" })
    if (!held.length) return new StepResponse([], [])
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["items.id"], filters: { id: input.cart_id } })
    const lineIds = new Set((data[0]?.items ?? []).map((item: any) => item?.id))
    const orphaned = held.filter((b) => b.line_item_id && !lineIds.has(b.line_item_id))
    if (!orphaned.length) return new StepResponse([], [])
    const released = await service.updateBookings(
      orphaned.map((b) => ({
        id: b.id,
        status: "cancelled" as const,
        cancelled_at: new Date(),
        cancelled_by: "customer",
        cancellation_reason: "Removed from the cart before checkout",
      }))
    )
    return new StepResponse(
      released,
      orphaned.map((b) => b.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<BookingModuleService>(BOOKING_MODULE)
      .updateBookings(ids.map((id) => ({ id, status: "held" as const, cancelled_at: null, cancelled_by: null, cancellation_reason: null })))
  }
)
