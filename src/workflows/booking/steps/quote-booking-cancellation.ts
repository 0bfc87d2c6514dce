import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelProblem, Canceller, refundAmount, refundPercent } from "../../../lib/bookings/policy"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"
import { bookingPolicy } from "../utils/booking-policies"
import { REFUNDABLE_ORDER_FIELDS, refundablePayment } from "../../utils/refundable-order"

export const quoteBookingCancellationStepId = "quote-booking-cancellation"

export type CancellationActor = { by: Canceller; customer_id?: string; practitioner_id?: string }

/**
 * What cancelling would refund now: the policy's share of what was paid for
 * the session's line only (the rest of the order is untouched). Refuses
 * someone else's booking as not found, and a booking that is not confirmed.
 * Writes nothing.
 */
export const quoteBookingCancellationStep = createStep(
  quoteBookingCancellationStepId,
  async (input: { booking_id: string; actor: CancellationActor }, { container }) => {
    const booking = await container
      .resolve<BookingModuleService>(BOOKING_MODULE)
      .retrieveBooking(input.booking_id)
      .catch(() => undefined)
    const { actor } = input
    const owns =
      booking &&
      (actor.by === "staff" ||
        (actor.by === "customer" && booking.customer_id === actor.customer_id) ||
        (actor.by === "practitioner" && booking.practitioner_id === actor.practitioner_id))
    if (!booking || !owns) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${input.booking_id}.`)
    }
    const problem = cancelProblem({ starts_at: new Date(booking.starts_at), status: booking.status }, new Date(), actor.by)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // A booking without an order (made by staff, or by hand) was never paid: nothing to refund.
    const { data: orders } = !booking.order_id
      ? { data: [] as any[] }
      : await query.graph({
          entity: "order",
          fields: REFUNDABLE_ORDER_FIELDS,
          filters: { id: booking.order_id! },
        })
    const order = orders[0]
    // The session's own line: the one the booking's line_item_id names.
    const line = booking.line_item_id
      ? (order?.items ?? []).find((item: { id: string } | null) => item?.id === booking.line_item_id)
      : undefined
    const policy = await bookingPolicy(container, booking.practitioner_id)
    const percent = refundPercent(policy, new Date(booking.starts_at), new Date(), actor.by)
    const paid = Number(line?.total ?? 0)
    return new StepResponse({
      booking_id: booking.id,
      starts_at: booking.starts_at,
      percent,
      refund_amount: refundAmount(paid, percent),
      line_total: paid,
      order_id: booking.order_id ?? null,
      line_item_id: line ? booking.line_item_id : null,
      currency_code: order?.currency_code ?? null,
      ...refundablePayment(order),
    })
  }
)
