import { describeEventDate, TicketOffer } from "./seats"

/**
 * The emails the waitlist and cancellations send: an offer with its
 * single-use link, a cancelled ticket with what was refunded, and a
 * cancelled date to those who held tickets or waited for one. Each
 * idempotency key makes a repeated step send nothing new.
 */

type DateOfEvent = Pick<TicketOffer, "event" | "date">

/** A waitlist offer: the seats kept until `expires_at`, claimed through `link`. */
export function waitlistOfferNotification(input: {
  entry: { id: string; email: string; quantity: number; expires_at: Date }
  date: DateOfEvent
  link: string
}) {
  const { entry } = input
  return {
    to: entry.email,
    channel: "email",
    template: "waitlist-offer",
    trigger_type: "event_waitlist.offered",
    resource_id: entry.id,
    resource_type: "event_waitlist_entry",
    idempotency_key: `waitlist-offer:${entry.id}`,
    data: {
      what: describeEventDate(input.date),
      quantity: entry.quantity,
      expires: expiresText(entry.expires_at, input.date.event.timezone),
      link: input.link,
    },
  }
}

/** One ticket cancelled: who, what, and the refund (nothing when the policy gave none). */
export function ticketCancelledNotification(input: {
  ticket: { id: string; attendee_name: string }
  order: { id: string; email: string; currency_code: string }
  date: DateOfEvent
  refund_amount: number
  reason: string | null
}) {
  return {
    to: input.order.email,
    channel: "email",
    template: "ticket-cancelled",
    trigger_type: "event_ticket.cancelled",
    resource_id: input.ticket.id,
    resource_type: "event_ticket",
    idempotency_key: `ticket-cancelled:${input.ticket.id}`,
    data: {
      what: describeEventDate(input.date),
      attendee: input.ticket.attendee_name,
      refund_amount: input.refund_amount,
      currency_code: input.order.currency_code,
      reason: input.reason,
      order_id: input.order.id,
    },
  }
}

/** A date cancelled, to someone on its waitlist: there will be no seats. */
export function dateCancelledWaitlistNotification(input: {
  entry: { id: string; email: string }
  date: DateOfEvent
  reason: string | null
}) {
  return {
    to: input.entry.email,
    channel: "email",
    template: "event-date-cancelled",
    trigger_type: "event_date.cancelled",
    resource_id: input.entry.id,
    resource_type: "event_waitlist_entry",
    idempotency_key: `event-date-cancelled:${input.entry.id}`,
    data: { what: describeEventDate(input.date), reason: input.reason },
  }
}

function expiresText(at: Date, timeZone: string) {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  })
  return `${format.format(new Date(at))} (${timeZone})`
}
