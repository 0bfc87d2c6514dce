import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CreateNotificationDTO, INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingReminderNotifications, REMINDER_HOURS_BEFORE } from "../../../lib/bookings/reminder"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const sendDueRemindersStepId = "send-due-reminders"

/** Confirmed sessions starting within a day that have had no reminder get one (shopper and practitioner). */
export const sendDueRemindersStep = createStep(sendDueRemindersStepId, async (input: { now: Date }, { container }) => {
  const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const now = new Date(input.now)
  const due = await service.listBookings(
    {
      status: "confirmed",
      reminder_sent_at: null,
      starts_at: { $gt: now, $lte: new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3_600_000) },
    },
    { take: 200 }
  )
  if (!due.length) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: practitioners }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "email"], filters: { id: due.map((b) => b.order_id!).filter(Boolean) } }),
    query.graph({
      entity: "practitioner",
      fields: ["id", "email", "display_name", "timezone"],
      filters: { id: [...new Set(due.map((b) => b.practitioner_id))] },
    }),
  ])
  const notifications: CreateNotificationDTO[] = due.flatMap((booking) => {
    const practitioner = practitioners.find((p: any) => p.id === booking.practitioner_id)
    const order = orders.find((o: any) => o.id === booking.order_id)
    if (!practitioner || !order?.email) return []
    return bookingReminderNotifications({
      booking,
      shopper_email: order.email,
      practitioner: { email: practitioner.email, name: practitioner.display_name, timezone: practitioner.timezone },
    })
  })
  if (notifications.length) {
    await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications)
  }
  await service.updateBookings(due.map((b) => ({ id: b.id, reminder_sent_at: now })))
  return new StepResponse(due.map((b) => b.id))
})
