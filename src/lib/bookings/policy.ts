/**
 * The cancellation and reschedule policy, as data: a platform default that a
 * practitioner may override. Decided here:
 * - a tier applies from its `hours_before` (24 h or more before → 100 %;
 *   12 h or more → 50 %; less → 0 %);
 * - a practitioner (or staff) cancelling always refunds 100 %;
 * - a reschedule is allowed while the session is at least
 *   `reschedule_until_hours_before` away, at most `max_reschedules` times.
 */
export type BookingPolicy = {
  refund_tiers: Array<{ hours_before: number; percent: number }>
  reschedule_until_hours_before: number
  max_reschedules: number
}

export const PLATFORM_POLICY: BookingPolicy = {
  refund_tiers: [
    { hours_before: 24, percent: 100 },
    { hours_before: 12, percent: 50 },
    { hours_before: 0, percent: 0 },
  ],
  reschedule_until_hours_before: 12,
  max_reschedules: 2,
}

export type Canceller = "customer" | "practitioner" | "staff"

const HOUR = 3_600_000

export function policyFor(override: Partial<BookingPolicy> | null | undefined): BookingPolicy {
  return { ...PLATFORM_POLICY, ...(override ?? {}) }
}

/** The share of the session's price refunded when `by` cancels at `now`. */
export function refundPercent(policy: Pick<BookingPolicy, "refund_tiers">, startsAt: Date, now: Date, by: Canceller): number {
  if (by !== "customer") return 100
  const hoursBefore = (startsAt.getTime() - now.getTime()) / HOUR
  const tier = [...policy.refund_tiers].sort((a, b) => b.hours_before - a.hours_before).find((t) => hoursBefore >= t.hours_before)
  return tier?.percent ?? 0
}

/** The refund in the order's currency, rounded to cents. */
export function refundAmount(linePaid: number, percent: number) {
  return Math.round(linePaid * percent) / 100
}

/**
 * Why `by` cannot cancel this booking now, or undefined. Once a session has
 * started, its client can no longer cancel it (it is completed or a no-show);
 * its practitioner and staff still can, refunding in full.
 */
export function cancelProblem(booking: { starts_at: Date; status: string }, now: Date, by: Canceller): string | undefined {
  if (booking.status !== "confirmed") return `This session is ${booking.status}; only a confirmed session can be cancelled.`
  if (by === "customer" && booking.starts_at <= now) return "This session has already started, so it can no longer be cancelled."
  return undefined
}

/** Why its practitioner cannot mark the session completed or a no-show now, or undefined when they can. */
export function outcomeProblem(booking: { starts_at: Date; status: string }, now: Date): string | undefined {
  if (booking.status !== "confirmed") return `This session is ${booking.status}; only a confirmed session can be marked.`
  if (booking.starts_at > now) return "A session can be marked once it has started."
  return undefined
}

/** Why the booking cannot move now, in words, or undefined when it can. */
export function rescheduleProblem(
  policy: BookingPolicy,
  booking: { starts_at: Date; reschedule_count: number; status: string },
  now: Date
): string | undefined {
  if (booking.status !== "confirmed") return `Only a confirmed session can be moved; this one is ${booking.status}.`
  if (booking.reschedule_count >= policy.max_reschedules) {
    return `This session has already been moved ${booking.reschedule_count} times, the most the policy allows.`
  }
  const hoursBefore = (booking.starts_at.getTime() - now.getTime()) / HOUR
  if (hoursBefore < policy.reschedule_until_hours_before) {
    return `A session can be moved until ${policy.reschedule_until_hours_before} hours before it starts.`
  }
  return undefined
}
