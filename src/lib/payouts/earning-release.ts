import type { EarningStatus } from "../../modules/payout/values"

const DAY_MS = 24 * 60 * 60 * 1000

/** Days after shipping before a crystal's money is earned (time to arrive and be returned). */
export const CRYSTAL_HOLD_DAYS = 14

/** What is known now about the purchase behind an earning. */
export type PurchaseState =
  | { purchase: "session"; booking_status: string; ends_at: Date; cancelled_at: Date | null }
  | { purchase: "ticket"; date_ends_at: Date }
  | { purchase: "crystal"; shipped_at: Date | null }

export type EarningVerdict = { status: EarningStatus; available_at: Date | null; reason: string }

/**
 * When an order line's money is earned:
 * - a session once completed: its end plus
 *   `holdDays` for disputes; a cancelled one from its cancellation (what the
 *   policy kept is the practitioner's); a no-show is held for staff;
 * - a ticket at its date's end plus `holdDays` (a cancelled date refunds its
 *   tickets in full, which the refunds net out);
 * - a crystal once shipped plus CRYSTAL_HOLD_DAYS.
 * Anything else is still pending.
 */
export function earningVerdict(state: PurchaseState, holdDays: number, now: Date): EarningVerdict {
  const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS)
  switch (state.purchase) {
    case "session":
      if (state.booking_status === "completed") {
        return { status: "earned", available_at: after(state.ends_at, holdDays), reason: "Session completed" }
      }
      if (state.booking_status === "cancelled") {
        return {
          status: "earned",
          available_at: after(state.cancelled_at ?? now, holdDays),
          reason: "Session cancelled; the policy kept the rest",
        }
      }
      if (state.booking_status === "no_show") return { status: "held", available_at: null, reason: "The client did not come: staff decide" }
      return { status: "pending", available_at: null, reason: "Session not held yet" }
    case "ticket":
      return { status: "earned", available_at: after(state.date_ends_at, holdDays), reason: "Event date ends" }
    case "crystal":
      if (!state.shipped_at) return { status: "pending", available_at: null, reason: "Not shipped yet" }
      return { status: "earned", available_at: after(state.shipped_at, CRYSTAL_HOLD_DAYS), reason: "Shipped" }
  }
}
