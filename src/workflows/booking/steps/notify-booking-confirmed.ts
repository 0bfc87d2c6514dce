import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingConfirmedNotifications } from "../../../lib/bookings/booking-notifications"

export const notifyBookingConfirmedStepId = "notify-booking-confirmed"

/** Emails the shopper (with an .ics) and the practitioner about each booking confirmed now. Last step: nothing to undo. */
export const notifyBookingConfirmedStep = createStep(
  notifyBookingConfirmedStepId,
  async (input: { order_id: string; booking_ids: string[] }, { container }) => {
    if (!input.booking_ids.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: bookings }] = await Promise.all([
      query.graph({ entity: "order", fields: ["email", "shipping_address.first_name", "shipping_address.last_name", "items.metadata", "items.title"], filters: { id: input.order_id } }),
      query.graph({ entity: "booking", fields: ["*"], filters: { id: input.booking_ids } }),
    ])
    const order = orders[0]
    const practitionerIds = [...new Set(bookings.map((b: any) => b.practitioner_id))]
    const { data: practitioners } = await query.graph({
      entity: "practitioner",
      fields: ["id", "email", "display_name", "timezone"],
      filters: { id: practitionerIds },
    })
    // The practitioner reads this name; never the client's email in its place.
    const shopperName = [order.shipping_address?.first_name, order.shipping_address?.last_name].filter(Boolean).join(" ") || "A client"
    const notifications = bookings.flatMap((booking: any) => {
      const practitioner = practitioners.find((p: any) => p.id === booking.practitioner_id)!
      const line = (order.items ?? []).find((item: any) => item?.metadata?.booking_id === booking.id)
      return bookingConfirmedNotifications({
        booking,
        session_title: line?.title ?? "Session",
        shopper: { email: order.email ?? "", name: shopperName ?? "", timezone: booking.customer_timezone },
        practitioner: { email: practitioner.email, name: practitioner.display_name, timezone: practitioner.timezone },
        now: new Date(),
      })
    })
    const sent = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .createNotifications(notifications as never)
    return new StepResponse(sent)
  }
)
