import type { MedusaContainer } from "@medusajs/framework/types"
import { sendBookingRemindersWorkflow } from "../workflows/booking/workflows/send-booking-reminders"

/** Every ten minutes: 24-hour reminders for confirmed sessions. */
export default async function sendBookingRemindersJob(container: MedusaContainer) {
  await sendBookingRemindersWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "send-booking-reminders", schedule: "*/10 * * * *" }
