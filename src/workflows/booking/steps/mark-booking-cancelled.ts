import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"
import { UpdateBookingDTO } from "../../../modules/booking/types"

export const markBookingCancelledStepId = "mark-booking-cancelled"

/**
 * The booking becomes cancelled (freeing its time) with who, why and the
 * refund; compensation restores it. It must still be the confirmed session
 * the refund was quoted for: one moved or cancelled meanwhile is refused.
 */
export const markBookingCancelledStep = createStep(
  markBookingCancelledStepId,
  async (
    input: { booking_id: string; quoted_starts_at: Date | string; by: string; reason?: string | null; refund_amount: number },
    { container }
  ) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const before = await service.retrieveBooking(input.booking_id)
    if (before.status !== "confirmed" || new Date(before.starts_at).getTime() !== new Date(input.quoted_starts_at).getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This session changed while you were cancelling it (moved or cancelled). Look at it again."
      )
    }
    const cancelled = await service.updateBookings({
      id: input.booking_id,
      status: "cancelled",
      cancelled_at: new Date(),
      cancelled_by: input.by,
      cancellation_reason: input.reason ?? null,
      refund_amount: input.refund_amount,
    })
    return new StepResponse(cancelled, {
      id: before.id,
      status: before.status,
      cancelled_at: before.cancelled_at,
      cancelled_by: before.cancelled_by,
      cancellation_reason: before.cancellation_reason,
      refund_amount: before.refund_amount,
    })
  },
  async (before: UpdateBookingDTO | undefined, { container }) => {
    if (!before) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings(before)
  }
)
