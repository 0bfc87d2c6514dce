import { shortDateTime } from "../scheduling/short-date-time"

/** The database refused a booking because it overlaps a live one (the exclusion constraint). */
export function isOverlapRefusal(error: unknown) {
  const text = `${(error as { message?: string })?.message ?? ""} ${(error as { code?: string })?.code ?? ""}`
  return /booking_no_overlapping_live_bookings|23P01/.test(text)
}

/** "Healing session (1 hour) on Mon 7 Dec, 10:00 (Africa/Johannesburg)". */
export function describeSessionTime(title: string, startsAt: Date, timeZone: string) {
  return `${title} on ${shortDateTime(startsAt, timeZone)} (${timeZone})`
}

/**
 * Sessions one cart, or one signed-in shopper across carts, may hold at once.
 * A shopper books a few; without a ceiling one script could hold a
 * practitioner's whole calendar for the length of a hold.
 */
export const MAX_LIVE_HOLDS = 10

/** Why another hold is refused, or undefined when it is allowed. */
export function holdAllowanceRefusal(live: { cart: number; customer: number }): string | undefined {
  if (live.cart >= MAX_LIVE_HOLDS) {
    return `This cart already holds ${live.cart} sessions, the most one cart can hold at once. Pay for them or remove one before choosing another time.`
  }
  if (live.customer >= MAX_LIVE_HOLDS) {
    return `Your carts already hold ${live.customer} sessions, the most one shopper can hold at once. Pay for them or remove one before choosing another time.`
  }
  return undefined
}
