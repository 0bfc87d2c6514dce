import { Canceller, refundPercent } from "../bookings/policy"

/**
 * Cancelling a ticket, decided here:
 * - the platform's policy refunds a ticket in full until 7 days (168 hours)
 *   before its date starts and not at all after; a host may set their own
 *   tiers on the event (`cancellation_policy.refund_tiers`);
 * - a host or staff cancelling (a ticket or a whole date) refunds in full;
 * - a shopper can cancel a valid ticket until its date starts; a ticket
 *   already checked in, cancelled or refunded cannot be cancelled;
 * - a ticket's share of its line is the line's total (after discounts, with
 *   tax) split evenly, the cents falling so that a line's tickets together
 *   refund exactly its total.
 */
export type TicketPolicy = { refund_tiers: Array<{ hours_before: number; percent: number }> }

export const PLATFORM_TICKET_POLICY: TicketPolicy = {
  refund_tiers: [
    { hours_before: 168, percent: 100 },
    { hours_before: 0, percent: 0 },
  ],
}

/** The event's own tiers when it has valid ones, else the platform's. */
export function ticketPolicyFor(override: unknown): TicketPolicy {
  const tiers = (override as Partial<TicketPolicy> | null | undefined)?.refund_tiers
  const valid =
    Array.isArray(tiers) &&
    tiers.length > 0 &&
    tiers.every(
      (t) => Number.isFinite(t?.hours_before) && t.hours_before >= 0 && Number.isFinite(t?.percent) && t.percent >= 0 && t.percent <= 100
    )
  return valid ? { refund_tiers: tiers } : PLATFORM_TICKET_POLICY
}

/** The share of a ticket's price refunded when `by` cancels at `now`. */
export function ticketRefundPercent(policy: TicketPolicy, startsAt: Date, now: Date, by: Canceller) {
  return refundPercent(policy, startsAt, now, by)
}

/**
 * The price of the `nth` (1-based) ticket of a line of `quantity` tickets
 * totalling `lineTotal`: the line split evenly in cents, so that all of a
 * line's tickets add up to its total exactly.
 */
export function ticketShare(lineTotal: number, quantity: number, nth: number) {
  const cents = Math.round(lineTotal * 100)
  const upTo = (k: number) => Math.round((cents * k) / quantity)
  return (upTo(nth) - upTo(nth - 1)) / 100
}

/** `percent` of `share`, in cents. */
export function ticketRefund(share: number, percent: number) {
  return Math.round(share * percent) / 100
}

/** Why `by` cannot cancel this ticket at `now`, in words, or undefined when they can. */
export function ticketCancelProblem(
  ticket: { status: string; date_status: string; starts_at: Date },
  now: Date,
  by: Canceller
): string | undefined {
  if (ticket.status === "checked_in") return "This ticket has been checked in, so it can no longer be cancelled."
  if (ticket.status !== "valid") return `This ticket is already ${ticket.status}.`
  if (by === "customer" && ticket.date_status !== "scheduled") return `This date has been ${ticket.date_status}.`
  if (by === "customer" && ticket.starts_at <= now) return "This date has already started, so its tickets can no longer be cancelled."
  return undefined
}
