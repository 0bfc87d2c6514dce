import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyBookingCancelledWorkflow } from "../workflows/booking/workflows/notify-booking-cancelled"

/** A cancelled session is emailed to its shopper and its practitioner, whoever cancelled it. */
export default async function notifyBookingCancelled({ event, container }: SubscriberArgs<{ id: string; refund_amount: number }>) {
  await notifyBookingCancelledWorkflow(container).run({
    input: { booking_id: event.data.id, refund_amount: Number(event.data.refund_amount ?? 0) },
  })
}

export const config: SubscriberConfig = { event: "booking.cancelled" }
