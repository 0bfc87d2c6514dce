import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingCancelledNotifications } from "../../../lib/bookings/booking-notifications"

export const notifyBookingCancelledStepId = "notify-booking-cancelled"

/** Emails the shopper and the practitioner that a session is cancelled, and what was refunded. Last step: nothing to undo. */
export const notifyBookingCancelledStep = createStep(
  notifyBookingCancelledStepId,
  async (input: { booking_id: string; refund_amount: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: bookings } = await query.graph({
      entity: "booking",
      fields: [
        "id",
        "starts_at",
        "ends_at",
        "status",
        "order_id",
        "customer_timezone",
        "cancelled_by",
        "cancellation_reason",
        "line_item.title",
        "practitioner.email",
        "practitioner.display_name",
        "practitioner.timezone",
      ],
      filters: { id: input.booking_id },
    })
    const booking = bookings[0]
    if (!booking?.practitioner || booking.status !== "cancelled") return new StepResponse([])
    const { data: orders } = booking.order_id
      ? await query.graph({
          entity: "order",
          fields: ["email", "currency_code", "shipping_address.first_name", "shipping_address.last_name"],
          filters: { id: booking.order_id },
        })
      : { data: [] as any[] }
    const order = orders[0]
    const notifications = bookingCancelledNotifications({
      booking,
      session_title: booking.line_item?.title ?? "Session",
      shopper: order?.email
        ? {
            email: order.email,
            name: [order.shipping_address?.first_name, order.shipping_address?.last_name].filter(Boolean).join(" ") || "A client",
            timezone: booking.customer_timezone,
          }
        : null,
      practitioner: { email: booking.practitioner.email, name: booking.practitioner.display_name, timezone: booking.practitioner.timezone },
      by: (booking.cancelled_by ?? "staff") as "customer" | "practitioner" | "staff",
      refund: order ? { amount: input.refund_amount, currency_code: order.currency_code } : null,
      reason: booking.cancellation_reason ?? null,
    })
    return new StepResponse(await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications))
  }
)
