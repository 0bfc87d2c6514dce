import type { HttpTypes } from "@medusajs/types"
import { ServerImage } from "@/modules/common/server-image"
import Link from "next/link"
import { removeLineItem } from "@/lib/actions/cart-actions"
import { formatMoney } from "@/lib/util/money"
import type { SessionLine } from "@/lib/data/bookings"
import type { CartTicketLine } from "@/lib/data/events"
import { eventDateRange } from "@/lib/util/event-time"
import { SessionWhen } from "@/modules/bookings/session-when"
import { HoldCountdown } from "./hold-countdown"
import { QuantityForm } from "./quantity-form"

/**
 * The cart's lines; a session line shows its held time and a ticket line its
 * date and attendees, each read from the hold that names the line. Neither
 * changes quantity here: a session is one, tickets are one per attendee.
 */
export function CartLines({
  items,
  sessions,
  tickets,
  currency,
}: {
  items: HttpTypes.StoreCartLineItem[]
  sessions: SessionLine[]
  tickets: CartTicketLine[]
  currency: string
}) {
  const sessionOf = new Map(sessions.map((session) => [session.line_item_id, session]))
  const ticketsOf = new Map(tickets.map((line) => [line.line_item_id, line]))
  const sorted = [...items].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <ul className="divide-y divide-ink/10" aria-label="Items in your cart">
      {sorted.map((item) => (
        <li key={item.id} className="flex gap-4 py-4" data-testid="cart-line">
          <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-xl bg-sand-100">
            {item.thumbnail && <ServerImage src={item.thumbnail} alt="" fill sizes="80px" className="object-cover" />}
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
            <div className="min-w-0">
              <Link
                href={
                  ticketsOf.has(item.id) ? `/events/${ticketsOf.get(item.id)!.event_date.event.handle}` : `/products/${item.product_handle}`
                }
                className="font-medium hover:text-amethyst-700"
              >
                {item.product_title}
              </Link>
              {item.variant_title && item.variant_title !== "Default" && <p className="text-sm text-ink-soft">{item.variant_title}</p>}
              {sessionOf.has(item.id) ? (
                <SessionTime session={sessionOf.get(item.id)!} />
              ) : ticketsOf.has(item.id) ? (
                <TicketSeats line={ticketsOf.get(item.id)!} />
              ) : (
                <p className="text-sm text-ink-soft">{formatMoney(item.unit_price, currency)} each</p>
              )}
            </div>
            <div className="flex flex-wrap items-start gap-3">
              {!sessionOf.has(item.id) && !ticketsOf.has(item.id) && (
                <QuantityForm lineId={item.id} quantity={item.quantity} label={item.product_title ?? "item"} />
              )}
              <form action={removeLineItem}>
                <input type="hidden" name="line_id" value={item.id} />
                <button
                  type="submit"
                  className="text-sm text-ink-soft underline hover:text-ink"
                  aria-label={`Remove ${item.product_title}`}
                >
                  Remove
                </button>
              </form>
              <p className="font-medium sm:w-24 sm:text-right" data-testid="line-total">
                {formatMoney(item.subtotal ?? item.unit_price * item.quantity, currency)}
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  )
}

/** A session line: when, in the shopper's zone and the practitioner's, and how long it stays held. */
function SessionTime({ session }: { session: SessionLine }) {
  return (
    <div className="text-sm text-ink-soft" data-testid="session-time">
      <SessionWhen session={session} />
      {session.hold_expires_at && <HoldCountdown expiresAt={session.hold_expires_at} />}
    </div>
  )
}

/** A ticket line: the date on the event's clock, who is coming, and how long the seats stay held. */
function TicketSeats({ line }: { line: CartTicketLine }) {
  const { event } = line.event_date
  return (
    <div className="text-sm text-ink-soft" data-testid="ticket-seats">
      <p>
        {eventDateRange(line.event_date.starts_at, line.event_date.ends_at, event.timezone)} · {line.ticket_type.name}
      </p>
      <p>For {line.attendees.map((attendee) => attendee.name).join(", ")}</p>
      <HoldCountdown expiresAt={line.expires_at} expired="The seats are no longer held: remove these tickets and add them again." />
    </div>
  )
}
