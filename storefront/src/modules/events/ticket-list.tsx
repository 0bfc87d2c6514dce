import type { HeldTicket } from "@/lib/data/events"
import { eventDateRange } from "@/lib/util/event-time"
import { zoneName } from "@/lib/util/session-time"
import { WriteReviewLink } from "@/modules/reviews/write-review-link"
import { GetHelpLink } from "@/modules/support/get-help-link"
import { TicketCancel } from "./ticket-cancel"

const STATUS_WORDS: Record<HeldTicket["status"], string> = {
  valid: "Valid",
  checked_in: "Checked in",
  cancelled: "Cancelled",
  refunded: "Refunded",
}

/**
 * Tickets with their QR codes, one card per attendee: show it at the door or
 * read out the code. The QR is an SVG the backend drew from the code alone.
 * With `cancellable`, a valid ticket can be cancelled, its refund shown first;
 * the ids in `reviewable` get a link to review the event; with `helpLinks`,
 * each ticket links to a support request about it.
 */
export function TicketList({
  tickets,
  label,
  cancellable = false,
  reviewable,
  helpLinks = false,
}: {
  tickets: HeldTicket[]
  label: string
  cancellable?: boolean
  reviewable?: ReadonlySet<string>
  helpLinks?: boolean
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2" aria-label={label}>
      {tickets.map((ticket) => {
        const { event } = ticket.event_date
        return (
          <li key={ticket.id} className="card p-5" data-testid="ticket">
            <p className="text-xs uppercase tracking-wide text-ink-soft">
              {ticket.ticket_type.name} · {STATUS_WORDS[ticket.status]}
            </p>
            <h3 className="mt-1 font-serif text-lg">{event.title}</h3>
            <p className="text-sm">{ticket.attendee_name}</p>
            <p className="text-sm text-ink-soft">
              {eventDateRange(ticket.event_date.starts_at, ticket.event_date.ends_at, event.timezone)} ({zoneName(event.timezone)})
            </p>
            <p className="text-sm text-ink-soft">
              {event.format === "in_person" ? (
                [event.venue_name, event.city].filter(Boolean).join(", ")
              ) : event.online_url ? (
                <a href={event.online_url} className="underline">
                  Join online
                </a>
              ) : (
                "Online"
              )}
            </p>
            {ticket.qr_svg && ticket.code && (
              <figure className="mt-3">
                <div
                  className="h-40 w-40"
                  role="img"
                  aria-label={`QR code for ticket ${ticket.code}`}
                  data-testid="ticket-qr"
                  // The backend draws it from the ticket's code (digits and capital letters) with the qrcode library.
                  dangerouslySetInnerHTML={{ __html: ticket.qr_svg }}
                />
                <figcaption className="mt-1 font-mono text-sm tracking-widest" data-testid="ticket-code">
                  {ticket.code.match(/.{1,4}/g)!.join("-")}
                </figcaption>
              </figure>
            )}
            {cancellable && ticket.status === "valid" && (
              <>
                <a href={`/tickets/${ticket.id}/calendar.ics`} className="mt-3 inline-block text-sm underline">
                  Add to calendar
                </a>
                <TicketCancel ticketId={ticket.id} />
              </>
            )}
            {reviewable?.has(ticket.id) && (
              <p className="mt-3 text-sm">
                <WriteReviewLink purchaseType="ticket" purchaseId={ticket.id} />
              </p>
            )}
            {helpLinks && (
              <p className="mt-3 text-sm">
                <GetHelpLink category="event_ticket" linkId={ticket.id} />
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
