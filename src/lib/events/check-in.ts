import type { TicketStatus } from "../../modules/event/values"
import { shortDateTime } from "../scheduling/short-date-time"

const MINUTE = 60_000

/** What a door scanner is told about a code that was not admitted. */
export type CheckInRefusal =
  | { reason: "unknown_code" }
  | { reason: "revoked" }
  | { reason: "already_checked_in"; checked_in_at: Date; checked_in_by: string }
  | { reason: "cancelled" | "refunded" }
  | { reason: "date_cancelled" }
  | { reason: "too_early"; opens_at: Date }
  | { reason: "ended"; ended_at: Date }

export type TicketAtTheDoor = {
  status: TicketStatus
  code_revoked_at: Date | null
  checked_in_at: Date | null
  checked_in_by: string | null
  date: { starts_at: Date; ends_at: Date; cancelled: boolean }
  check_in_opens_minutes: number
}

/** When the door opens for a date: `check_in_opens_minutes` before its start. */
export function checkInOpensAt(startsAt: Date, opensMinutesBefore: number) {
  return new Date(startsAt.getTime() - opensMinutesBefore * MINUTE)
}

/**
 * Why a ticket cannot be admitted at `now`, or undefined when it can: the
 * same rules as the admitting statement, used to explain its refusal. Every
 * comparison is between instants, so a date is checked in on its own day
 * wherever its zone lies.
 */
export function checkInRefusal(ticket: TicketAtTheDoor | undefined, now: Date): CheckInRefusal | undefined {
  if (!ticket) return { reason: "unknown_code" }
  if (ticket.code_revoked_at) return { reason: "revoked" }
  if (ticket.status === "checked_in") {
    return { reason: "already_checked_in", checked_in_at: ticket.checked_in_at!, checked_in_by: ticket.checked_in_by! }
  }
  if (ticket.status === "cancelled" || ticket.status === "refunded") return { reason: ticket.status }
  if (ticket.date.cancelled) return { reason: "date_cancelled" }
  const opensAt = checkInOpensAt(ticket.date.starts_at, ticket.check_in_opens_minutes)
  if (now < opensAt) return { reason: "too_early", opens_at: opensAt }
  if (now >= ticket.date.ends_at) return { reason: "ended", ended_at: ticket.date.ends_at }
  return undefined
}

/** The refusal in words for the person at the door, times in the event's zone. */
export function describeCheckInRefusal(refusal: CheckInRefusal, timeZone: string): string {
  const time = (at: Date) => shortDateTime(at, timeZone)
  switch (refusal.reason) {
    case "unknown_code":
      return "No ticket has this code. Check it was typed or scanned whole."
    case "revoked":
      return "This code was replaced by a newer one; ask the attendee for the ticket they were sent last."
    case "already_checked_in":
      return `Already checked in at ${time(refusal.checked_in_at)} by ${refusal.checked_in_by}.`
    case "cancelled":
      return "This ticket was cancelled."
    case "refunded":
      return "This ticket was refunded."
    case "date_cancelled":
      return "This date of the event was cancelled."
    case "too_early":
      return `Check-in opens at ${time(refusal.opens_at)}.`
    case "ended":
      return `This date ended at ${time(refusal.ended_at)}.`
  }
}
