import type { SupportStatus } from "../../modules/support/values"

/** How someone stands to a request: its requester, a practitioner staff added, or staff. */
export type SupportRole = "requester" | "participant" | "staff"

const HOUR = 3_600_000

/** Requests someone on the staff still has to answer. */
export const WAITING_ON_STAFF: SupportStatus[] = ["open", "waiting_on_staff"]

/**
 * The status a request takes when someone writes in it: a staff answer waits
 * on the customer; the requester's or a practitioner's message waits on staff
 * (and opens a resolved request again); a staff note changes nothing.
 */
export function statusAfterMessage(current: SupportStatus, role: SupportRole, internal: boolean): SupportStatus {
  if (internal) return current
  return role === "staff" ? "waiting_on_customer" : "waiting_on_staff"
}

/** Why this person may not write in the request now, or null when they may. */
export function messageRefusal(status: SupportStatus, role: SupportRole, internal: boolean): string | null {
  if (internal && role !== "staff") return "Only staff write internal notes."
  if (status === "closed" && role !== "staff") return "This request is closed. Open a new request if you need more help."
  return null
}

/** Whether the request has waited longer than the first-response target without a staff answer. */
export function isOverdue(
  request: { status: SupportStatus; first_response_at: Date | string | null; created_at: Date | string },
  now: Date,
  firstResponseHours: number
) {
  return (
    WAITING_ON_STAFF.includes(request.status) &&
    !request.first_response_at &&
    new Date(request.created_at).getTime() <= now.getTime() - firstResponseHours * HOUR
  )
}

/** Whether staff should be reminded: waiting on them past the target, and not reminded since the wait began. */
export function reminderDue(
  request: { status: SupportStatus; waiting_since: Date | string | null; reminded_at: Date | string | null },
  now: Date,
  reminderHours: number
) {
  if (!WAITING_ON_STAFF.includes(request.status) || !request.waiting_since) return false
  const since = new Date(request.waiting_since).getTime()
  const reminded = request.reminded_at ? new Date(request.reminded_at).getTime() : -Infinity
  return since <= now.getTime() - reminderHours * HOUR && reminded < since
}

/** Minutes from opening to the first staff answer and to resolution, when they happened. */
export function responseMinutes(request: {
  created_at: Date | string
  first_response_at: Date | string | null
  resolved_at: Date | string | null
}) {
  const opened = new Date(request.created_at).getTime()
  const minutesTo = (at: Date | string | null) => (at ? Math.round((new Date(at).getTime() - opened) / 60_000) : null)
  return { first_response_minutes: minutesTo(request.first_response_at), resolution_minutes: minutesTo(request.resolved_at) }
}
