import type { BookingAction } from "../../modules/booking/statuses"
import { BookingPolicy, cancelProblem, Canceller, outcomeProblem, rescheduleProblem } from "./policy"

type BookingState = { status: string; starts_at: Date | string; reschedule_count: number }

/**
 * What a viewer may do with a booking now: the same rules the workflows
 * enforce, so every screen offers exactly what the backend will accept.
 * - the client: cancel (before it starts) and move (within the policy);
 * - the practitioner: cancel a confirmed session, mark a started one completed or a no-show;
 * - staff: cancel a confirmed session.
 */
export function allowedBookingActions(booking: BookingState, viewer: Canceller, policy: BookingPolicy, now: Date): BookingAction[] {
  const state = { ...booking, starts_at: new Date(booking.starts_at) }
  const actions: BookingAction[] = []
  if (!cancelProblem(state, now, viewer)) actions.push("cancel")
  if (viewer === "customer" && !rescheduleProblem(policy, state, now)) actions.push("reschedule")
  if (viewer === "practitioner" && !outcomeProblem(state, now)) actions.push("complete", "no_show")
  return actions
}
