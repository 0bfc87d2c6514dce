import type { EventDateStatus, EventStatus } from "../../modules/event/values"
import { shortDateTime } from "../scheduling/short-date-time"

/**
 * A held hold keeps counting against its date for this long after it expires,
 * so a checkout that passed its check just before expiry is never undercut by
 * a seat sold to someone else in the same instant.
 */
export const SEAT_HOLD_GRACE_MS = 30_000

/** The most attendees one request names. */
export const MAX_ATTENDEES_PER_REQUEST = 100

export const TICKETS_WITH_ATTENDEES =
  "Tickets are added with a name for each attendee: use POST /store/carts/{id}/tickets { variant_id, attendees: [{ name, email? }] }."

export const ATTENDEES_FIX_THE_QUANTITY =
  "A ticket line has one ticket per attendee: remove it and add the tickets again with the attendees you want."

/**
 * One date's seats: the room (stocked), those sold to orders (reserved),
 * those held in carts, those kept for live waitlist offers (offered), and how
 * many waitlist entries still wait for an offer (waiting).
 */
export type DateSeats = { stocked: number; reserved: number; held: number; offered: number; waiting: number }

/** Seats nobody has: not sold, not held in a cart, not kept for a waitlist offer. Never below zero. */
export function seatsFree(seats: DateSeats) {
  return Math.max(0, seats.stocked - seats.reserved - seats.held - seats.offered)
}

/**
 * Seats the public can still buy: the free ones, unless anyone is waiting —
 * then a freed seat goes to the waitlist, never back on public sale.
 */
export function seatsLeft(seats: DateSeats) {
  return seats.waiting > 0 ? 0 : seatsFree(seats)
}

/** Seats the holder of a live waitlist offer of `offered` seats can take: the free ones and their own. */
export function seatsForOfferHolder(seats: DateSeats, offered: number) {
  return seatsFree({ ...seats, offered: seats.offered - offered })
}

/** The ticket a variant sells, as the cart rules need it. */
export type TicketOffer = {
  variant_id: string
  event: { title: string; status: EventStatus; timezone: string }
  date: { id: string; starts_at: Date; status: EventDateStatus }
  ticket_type: { id: string; name: string; sale_starts_at: Date | null; sale_ends_at: Date | null; per_order_limit: number }
}

/** "Full-moon circle, Fri 15 Jan, 19:00": a date as the shopper reads it, on the event's clock. */
export function describeEventDate(offer: Pick<TicketOffer, "event" | "date">) {
  return `${offer.event.title}, ${shortDateTime(new Date(offer.date.starts_at), offer.event.timezone)}`
}

/**
 * Why `quantity` tickets of `offer` cannot be held for a cart at `now`, in
 * the shopper's words, or undefined when they can: `unavailable` when the
 * seats are not there (sold out, too few left), `not_allowed` for the rules
 * (not on sale, per-order limit). `inCart` is how many of this ticket type
 * for this date the cart already holds; `left` the seats still free.
 */
export function ticketHoldRefusal(input: {
  offer: TicketOffer
  quantity: number
  inCart: number
  left: number
  now: Date
}): { kind: "not_allowed" | "unavailable"; message: string } | undefined {
  const { offer, quantity, inCart, left, now } = input
  const what = describeEventDate(offer)
  const refuse = (message: string) => ({ kind: "not_allowed" as const, message })
  if (offer.event.status !== "published") return refuse(`${offer.event.title} is not on sale.`)
  if (offer.date.status !== "scheduled") return refuse(`${what} has been ${offer.date.status}.`)
  if (new Date(offer.date.starts_at) <= now) return refuse(`${what} has already started.`)
  const type = offer.ticket_type
  if (type.sale_starts_at && now < new Date(type.sale_starts_at)) {
    return refuse(`${type.name} tickets go on sale ${shortDateTime(new Date(type.sale_starts_at), offer.event.timezone)}.`)
  }
  if (type.sale_ends_at && now >= new Date(type.sale_ends_at)) return refuse(`${type.name} tickets are no longer on sale.`)
  if (inCart + quantity > type.per_order_limit) {
    return refuse(`At most ${type.per_order_limit} ${type.name} tickets per order${inCart ? `; this cart already has ${inCart}` : ""}.`)
  }
  if (left < quantity) {
    const message = left === 0 ? `${what} is sold out.` : `Only ${left} ${left === 1 ? "seat is" : "seats are"} left for ${what}.`
    return { kind: "unavailable", message }
  }
  return undefined
}

/** The most ticket lines one cart holds at once (each a separate hold). */
export const MAX_TICKET_LINES = 20

/** A hold as the checkout sees it. */
export type HeldSeats = {
  id: string
  cart_id: string
  variant_id: string
  quantity: number
  status: string
  expires_at: Date | string
}

export type TicketLine = { id: string; title?: string | null; variant_id: string; quantity: unknown }

/**
 * Why a cart's ticket line cannot be checked out at `now`, or undefined when
 * its hold is good. `hold` is the hold whose line_item_id is this line (never
 * one a line's metadata names). One rule for every path that completes a cart.
 */
export function ticketLineProblem(line: TicketLine, hold: HeldSeats | undefined, cartId: string, now: Date): string | undefined {
  if (!hold || hold.cart_id !== cartId || hold.variant_id !== line.variant_id) return TICKETS_WITH_ATTENDEES
  if (Number(line.quantity) !== hold.quantity) return ATTENDEES_FIX_THE_QUANTITY
  const what = line.title ?? "These tickets"
  if (hold.status !== "held") return `${what}: the seats are no longer held for this cart. Remove the tickets and add them again.`
  if (new Date(hold.expires_at) <= now) return `${what}: your hold on the seats has expired. Remove the tickets and add them again.`
  return undefined
}

/**
 * Which dates a cart asks more seats of than there are — all its lines of one
 * date summed, whatever their ticket type (each line passing on its own is
 * not enough). `demand` is seats per date in the cart; `unsold` the seats of
 * each date not yet sold to orders.
 */
export function overbookedDates(demand: Map<string, number>, unsold: Map<string, number>): string[] {
  return [...demand].filter(([dateId, seats]) => seats > (unsold.get(dateId) ?? 0)).map(([dateId]) => dateId)
}
