import { createHash, randomBytes } from "node:crypto"
import { describeEventDate, TicketOffer } from "./seats"

/**
 * The waitlist's rules, decided here:
 * - a shopper joins a date only once it is sold out to the public, for at
 *   most the largest per-order limit of the event's ticket types, once per
 *   email and date;
 * - freed seats go to the first waiting entry whose quantity fits, then the
 *   next that fits, until none fits; while anyone waits, freed seats are not
 *   sold to the public;
 * - an offer keeps its seats for WAITLIST_OFFER_HOURS behind a single-use
 *   link; claiming it puts the seats in the claimant's cart as an ordinary
 *   hold (fewer attendees than offered give the rest back); an unclaimed
 *   offer expires and the seats move on.
 */

const HOUR = 3_600_000

/** Hours a waitlist offer keeps its seats: WAITLIST_OFFER_HOURS (1–168) of `env`, default 24. */
export function waitlistOfferHours(env: Record<string, string | undefined>) {
  const hours = Number(env.WAITLIST_OFFER_HOURS)
  return Number.isInteger(hours) && hours >= 1 && hours <= 168 ? hours : 24
}

/** When an offer made at `now` that keeps its seats for `hours` expires. */
export function offerExpiry(now: Date, hours: number) {
  return new Date(now.getTime() + hours * HOUR)
}

/** A new offer's link token (only its hash is stored) and that hash. */
export function newOfferToken() {
  const token = randomBytes(24).toString("base64url")
  return { token, hash: hashOfferToken(token) }
}

export function hashOfferToken(token: string) {
  return createHash("sha256").update(token).digest("hex")
}

export type WaitingEntry = { id: string; quantity: number }

/**
 * Which waiting entries (in queue order) get an offer from `free` seats: the
 * first whose quantity fits, then the next that fits in what is left.
 */
export function entriesToOffer(waiting: WaitingEntry[], free: number): WaitingEntry[] {
  const offered: WaitingEntry[] = []
  let left = free
  for (const entry of waiting) {
    if (left <= 0) break
    if (entry.quantity <= left) {
      offered.push(entry)
      left -= entry.quantity
    }
  }
  return offered
}

/**
 * The most open places one date's queue holds: five for each seat, at least
 * 50 and at most 5,000 — longer than any queue that could still be served,
 * and no flood of sign-ups grows it without bound.
 */
export function waitlistLength(capacity: number) {
  return Math.min(5000, Math.max(50, capacity * 5))
}

/** The most seats one waitlist entry asks for: the event's largest per-order limit. */
export function waitlistQuantityLimit(perOrderLimits: number[]) {
  return perOrderLimits.length ? Math.max(...perOrderLimits) : 0
}

/**
 * Why a shopper cannot join the waitlist of this date at `now`, in their
 * words, or undefined when they can. `left` is what the public can still buy.
 */
export function waitlistJoinRefusal(input: {
  offer: Pick<TicketOffer, "event" | "date">
  quantity: number
  limit: number
  left: number
  now: Date
}): string | undefined {
  const { offer, quantity, limit, left, now } = input
  const what = describeEventDate(offer)
  if (offer.event.status !== "published") return `${offer.event.title} is not on sale.`
  if (offer.date.status !== "scheduled") return `${what} has been ${offer.date.status}.`
  if (new Date(offer.date.starts_at) <= now) return `${what} has already started.`
  if (left > 0) {
    return `${what} is not sold out: ${left} ${left === 1 ? "seat is" : "seats are"} still on sale. Add them to your cart instead.`
  }
  if (quantity > limit) return `The waitlist takes at most ${limit} seats per person for ${offer.event.title}.`
  return undefined
}

/** Why a waitlist offer cannot be claimed for `attendees` seats of `dateId` at `now`, or undefined. */
export function offerClaimProblem(
  entry: { status: string; quantity: number; offer_expires_at: Date | string | null; event_date_id: string } | undefined,
  dateId: string,
  attendees: number,
  now: Date
): string | undefined {
  if (!entry || entry.status !== "offered") return "This waitlist offer was already used or is no longer open."
  if (!entry.offer_expires_at || new Date(entry.offer_expires_at) <= now) return "This waitlist offer has expired."
  if (entry.event_date_id !== dateId) return "This waitlist offer is for another date: choose a ticket for the date it names."
  if (attendees > entry.quantity)
    return `This waitlist offer keeps ${entry.quantity} ${entry.quantity === 1 ? "seat" : "seats"}: name at most that many attendees.`
  return undefined
}
