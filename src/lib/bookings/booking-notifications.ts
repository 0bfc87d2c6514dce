import { BookedSession, calendarFile, sessionEvent } from "./ics"

export type BookingForNotice = BookedSession & {
  customer_timezone: string
  notes: string | null
}

type Person = { email: string; name: string; timezone: string }

/** "Mon 7 Dec 2026, 10:00–11:00 (Africa/Johannesburg)" */
export function sessionWhen(booking: Pick<BookingForNotice, "starts_at" | "ends_at">, timeZone: string) {
  const options = { timeZone, hour: "2-digit", minute: "2-digit" } as const
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" })
  const start = new Date(booking.starts_at)
  return `${day.format(start)}, ${new Intl.DateTimeFormat("en-GB", options).format(start)}–${new Intl.DateTimeFormat("en-GB", options).format(new Date(booking.ends_at))} (${timeZone})`
}

/**
 * The two emails a confirmed booking sends: the shopper's (times in their
 * zone, with an .ics) and the practitioner's (times in theirs). The
 * idempotency keys make a repeated confirmation send nothing new.
 */
export function bookingConfirmedNotifications(input: {
  booking: BookingForNotice
  session_title: string
  shopper: Person
  practitioner: Person
  now: Date
}) {
  const { booking, shopper, practitioner } = input
  const event = sessionEvent(booking, {
    summary: `${input.session_title} with ${practitioner.name}`,
    description: booking.notes ? `Your notes: ${booking.notes}` : undefined,
    place: true,
    now: input.now,
  })
  const where = event.location
  const ics = calendarFile(event)
  const common = { resource_id: booking.id, resource_type: "booking", trigger_type: "booking.confirmed", channel: "email" }
  return [
    {
      ...common,
      to: shopper.email,
      template: "booking-confirmed-customer",
      idempotency_key: `booking-confirmed-customer-${booking.id}`,
      data: {
        session: input.session_title,
        practitioner: practitioner.name,
        when: sessionWhen(booking, shopper.timezone),
        where,
        meeting_mode: booking.meeting_mode,
      },
      attachments: [
        { filename: "session.ics", content_type: "text/calendar", content: Buffer.from(ics).toString("base64"), disposition: "attachment" },
      ],
    },
    {
      ...common,
      to: practitioner.email,
      template: "booking-confirmed-practitioner",
      idempotency_key: `booking-confirmed-practitioner-${booking.id}`,
      data: {
        session: input.session_title,
        client: shopper.name,
        when: sessionWhen(booking, practitioner.timezone),
        where,
        notes: booking.notes,
      },
    },
  ]
}

/**
 * The two emails a cancelled session sends: the shopper's (the time in their
 * zone, who cancelled, what is refunded) and the practitioner's (in theirs).
 * One of each per booking, whatever redelivers the event.
 */
export function bookingCancelledNotifications(input: {
  booking: Pick<BookingForNotice, "id" | "starts_at" | "ends_at">
  session_title: string
  shopper: Person | null
  practitioner: Person
  by: "customer" | "practitioner" | "staff"
  refund: { amount: number; currency_code: string } | null
  reason: string | null
}) {
  const { booking, shopper, practitioner } = input
  const common = { resource_id: booking.id, resource_type: "booking", trigger_type: "booking.cancelled", channel: "email" }
  const who = input.by === "customer" ? "the client" : input.by === "practitioner" ? practitioner.name : "Avenrae staff"
  return [
    ...(shopper?.email
      ? [
          {
            ...common,
            to: shopper.email,
            template: "booking-cancelled-customer",
            idempotency_key: `booking-cancelled-customer-${booking.id}`,
            data: {
              session: input.session_title,
              practitioner: practitioner.name,
              when: sessionWhen(booking, shopper.timezone),
              cancelled_by: input.by === "customer" ? "you" : who,
              refund_amount: input.refund?.amount ?? 0,
              currency_code: input.refund?.currency_code ?? null,
              reason: input.reason,
            },
          },
        ]
      : []),
    {
      ...common,
      to: practitioner.email,
      template: "booking-cancelled-practitioner",
      idempotency_key: `booking-cancelled-practitioner-${booking.id}`,
      data: {
        session: input.session_title,
        client: shopper?.name ?? "A client",
        when: sessionWhen(booking, practitioner.timezone),
        cancelled_by: input.by === "practitioner" ? "you" : who,
        reason: input.reason,
      },
    },
  ]
}
