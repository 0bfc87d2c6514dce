import { sessionWhen } from "../bookings/booking-notifications"
import { calendarFile } from "../bookings/ics"

/** A ticket as its email shows it: the attendee, the code, the date and where. */
export type IssuedTicket = {
  id: string
  code: string
  attendee_name: string
  ticket_type: string
  date: { id: string; starts_at: Date | string; ends_at: Date | string }
  event: {
    title: string
    timezone: string
    format: string
    venue_name: string | null
    venue_address: string | null
    city: string | null
    online_url: string | null
  }
}

/** Where a date happens, as an attendee needs it: the venue, and for online and hybrid events the link. */
export function eventPlace(event: IssuedTicket["event"]) {
  const venue = [event.venue_name, event.venue_address, event.city].filter(Boolean).join(", ")
  if (event.format === "online") return event.online_url ?? "online"
  if (event.format === "hybrid") return [venue, event.online_url].filter(Boolean).join(" — or online: ")
  return venue
}

/** An event date as an iCalendar file, in the event's zone, with where it happens (and the link, for a ticket holder). */
export function eventDateCalendar(ticket: Pick<IssuedTicket, "date" | "event">, now: Date) {
  return calendarFile({
    uid: ticket.date.id,
    starts_at: new Date(ticket.date.starts_at),
    ends_at: new Date(ticket.date.ends_at),
    summary: ticket.event.title,
    location: eventPlace(ticket.event) || null,
    url: ticket.event.format === "in_person" ? null : ticket.event.online_url,
    timezone: ticket.event.timezone,
    now,
  })
}

/** The content id a ticket's inline QR image carries in the email. */
export const qrContentId = (ticket: Pick<IssuedTicket, "id">) => `qr-${ticket.id}`

/**
 * The email that carries an order's tickets: one card per ticket with its QR
 * code (an inline PNG, `qr_png` base64 by code) and an .ics per event date,
 * its times in the event's zone. The idempotency key makes a repeated
 * issuing send nothing new.
 */
export function ticketsIssuedNotification(input: {
  order: { id: string; email: string }
  tickets: IssuedTicket[]
  qr_png: Map<string, string>
  now: Date
}) {
  const dates = [...new Map(input.tickets.map((t) => [t.date.id, t])).values()]
  return {
    to: input.order.email,
    channel: "email",
    template: "tickets-issued",
    trigger_type: "event_ticket.issued",
    resource_id: input.order.id,
    resource_type: "order",
    idempotency_key: `tickets-issued:${input.order.id}:${input.tickets.map((t) => t.id).join(",")}`,
    data: {
      order_id: input.order.id,
      tickets: input.tickets.map((ticket) => ({
        event: ticket.event.title,
        attendee: ticket.attendee_name,
        ticket_type: ticket.ticket_type,
        when: sessionWhen(ticket.date, ticket.event.timezone),
        where: eventPlace(ticket.event),
        code: ticket.code,
        qr_cid: qrContentId(ticket),
      })),
    },
    attachments: [
      ...input.tickets.map((ticket) => ({
        filename: `ticket-${ticket.code}.png`,
        content_type: "image/png",
        content: input.qr_png.get(ticket.code)!,
        disposition: "inline",
        id: qrContentId(ticket),
      })),
      ...dates.map((ticket, i) => ({
        filename: dates.length === 1 ? "event.ics" : `event-${i + 1}.ics`,
        content_type: "text/calendar",
        disposition: "attachment",
        content: Buffer.from(eventDateCalendar(ticket, input.now)).toString("base64"),
      })),
    ],
  }
}
