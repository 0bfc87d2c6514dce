import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CreateNotificationDTO, INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingConfirmedNotifications } from "../../../lib/bookings/booking-notifications"

export const notifyBookingConfirmedStepId = "notify-booking-confirmed"

/** What the emails and their calendar file are made of. */
const NOTICE_FIELDS = [
  "id",
  "starts_at",
  "ends_at",
  "status",
  "reschedule_count",
  "customer_timezone",
  "meeting_mode",
  "meeting_url",
  "meeting_address",
  "notes",
]

/** Emails the shopper (with an .ics) and the practitioner about each booking confirmed now. Last step: nothing to undo. */
export const notifyBookingConfirmedStep = createStep(
  notifyBookingConfirmedStepId,
  async (input: { order_id: string; booking_ids: string[] }, { container }) => {
    if (!input.booking_ids.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: bookings }] = await Promise.all([
      query.graph({
        entity: "order",
        fields: ["email", "shipping_address.first_name", "shipping_address.last_name"],
        filters: { id: input.order_id },
      }),
      query.graph({
        entity: "booking",
        fields: [...NOTICE_FIELDS, "line_item.title", "practitioner.email", "practitioner.display_name", "practitioner.timezone"],
        filters: { id: input.booking_ids },
      }),
    ])
    const order = orders[0]
    // The practitioner reads this name; never the client's email in its place.
    const shopperName = [order.shipping_address?.first_name, order.shipping_address?.last_name].filter(Boolean).join(" ") || "A client"
    const notifications: CreateNotificationDTO[] = bookings.flatMap((booking) =>
      !booking.practitioner
        ? []
        : bookingConfirmedNotifications({
            booking,
            session_title: booking.line_item?.title ?? "Session",
            shopper: { email: order.email ?? "", name: shopperName, timezone: booking.customer_timezone },
            practitioner: {
              email: booking.practitioner.email,
              name: booking.practitioner.display_name,
              timezone: booking.practitioner.timezone,
            },
            now: new Date(),
          })
    )
    const sent = await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications)
    return new StepResponse(sent)
  }
)
