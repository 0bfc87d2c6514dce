/**
 * What a shopper reads once a time is held in their cart: how long checkout
 * may take, from the hold's expiry as the backend set it (BOOKING_HOLD_MINUTES
 * after it held the time) and the moment its answer arrived. Rounded, so the
 * second or so the answer took, or a small clock difference between the
 * servers, does not turn 15 minutes into 14.
 */
export function heldMessage(holdExpiresAt: string | null | undefined, answeredAt: number, what = "this time"): string {
  const minutes = holdExpiresAt ? Math.round((Date.parse(holdExpiresAt) - answeredAt) / 60_000) : NaN
  if (!(minutes >= 1)) return `Held for you. Check out soon to keep ${what}.`
  return `Held for you. Check out within ${minutes} minute${minutes === 1 ? "" : "s"} to keep ${what}.`
}
