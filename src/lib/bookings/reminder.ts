import { sessionWhen } from "./booking-notifications"

export const REMINDER_HOURS_BEFORE = 24

/** The reminder emails for one confirmed session, a day before it (idempotent per booking and start time). */
export function bookingReminderNotifications(input: {
  booking: {
    id: string
    starts_at: Date | string
    ends_at: Date | string
    customer_timezone: string
    meeting_mode: string
    meeting_url: string | null
    meeting_address: string | null
  }
  shopper_email: string
  practitioner: { email: string; name: string; timezone: string }
}) {
  const { booking, practitioner } = input
  const where = booking.meeting_mode === "online" ? booking.meeting_url : booking.meeting_address
  const key = `${booking.id}-${new Date(booking.starts_at).toISOString()}`
  const common = { channel: "email", resource_id: booking.id, resource_type: "booking", trigger_type: "booking.reminder" }
  return [
    {
      ...common,
      to: input.shopper_email,
      template: "booking-reminder-customer",
      idempotency_key: `booking-reminder-customer-${key}`,
      data: { practitioner: practitioner.name, when: sessionWhen(booking, booking.customer_timezone), where },
    },
    {
      ...common,
      to: practitioner.email,
      template: "booking-reminder-practitioner",
      idempotency_key: `booking-reminder-practitioner-${key}`,
      data: { when: sessionWhen(booking, practitioner.timezone), where },
    },
  ]
}
