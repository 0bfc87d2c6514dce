import { MedusaError } from "@medusajs/framework/utils"
import { outcomeProblem } from "../../../lib/bookings/policy"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const setBookingOutcomeStepId = "set-booking-outcome"

/** After a session has started, its practitioner marks it completed or a no-show. */
export const setBookingOutcomeStep = createStep(
  setBookingOutcomeStepId,
  async (input: { practitioner_id: string; booking_id: string; outcome: "completed" | "no_show" }, { container }) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [booking] = await service.listBookings({ id: input.booking_id, practitioner_id: input.practitioner_id })
    if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${input.booking_id}.`)
    const problem = outcomeProblem({ starts_at: new Date(booking.starts_at), status: booking.status }, new Date())
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    const updated = await service.updateBookings({ id: booking.id, status: input.outcome })
    return new StepResponse(updated, booking.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id, status: "confirmed" })
  }
)
