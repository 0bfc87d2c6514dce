import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { offerFreedSeatsWorkflow } from "../workflows/event/workflows/offer-freed-seats"

/** A cancelled ticket's seat goes to the date's waitlist, if anyone waits, before it goes back on sale. */
export default async function offerCancelledTicketSeat({ event, container }: SubscriberArgs<{ id: string; event_date_id: string }>) {
  await offerFreedSeatsWorkflow(container).run({ input: { event_date_id: event.data.event_date_id, now: new Date() } })
}

export const config: SubscriberConfig = { event: "event_ticket.cancelled" }
