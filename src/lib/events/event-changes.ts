import type { EventStatus } from "../../modules/event/values"

/**
 * Why an event cannot move from `from` to `to`, in words, or undefined when
 * it can: a draft is published, a published event goes back to draft only
 * while nothing is sold (once tickets are sold, its dates are cancelled
 * instead); cancelled and completed events stay as they are.
 */
export function eventStatusProblem(from: EventStatus, to: EventStatus, ticketsSold: number): string | undefined {
  if (from === to) return undefined
  if (from === "cancelled" || from === "completed") return `This event is ${from}; it can no longer change status.`
  if (to === "draft" && ticketsSold > 0) {
    return `${ticketsSold} ${ticketsSold === 1 ? "ticket is" : "tickets are"} sold: the event stays published. Cancel its dates instead.`
  }
  return undefined
}

/** Why a date's capacity cannot become `capacity`, or undefined: never below the seats already sold, held in carts or kept for waitlist offers. */
export function capacityProblem(capacity: number, taken: { sold: number; held: number; offered: number }): string | undefined {
  const floor = taken.sold + taken.held + taken.offered
  if (capacity >= floor) return undefined
  const parts = [
    `${taken.sold} sold`,
    ...(taken.held ? [`${taken.held} held in carts`] : []),
    ...(taken.offered ? [`${taken.offered} offered to the waitlist`] : []),
  ]
  return `The capacity can be no lower than ${floor}: ${parts.join(", ")}.`
}

/** A URL handle for a new event from its title, with a suffix that keeps it unique. */
export function eventHandle(slug: string, suffix: string) {
  return `${slug || "event"}-${suffix}`.slice(0, 80)
}

/** Why a ticket type's sale window cannot be this, or undefined: it ends after it starts, and an early bird's has an end. */
export function saleWindowProblem(type: { kind: string; sale_starts_at: Date | null; sale_ends_at: Date | null }): string | undefined {
  if (type.sale_starts_at && type.sale_ends_at && type.sale_ends_at <= type.sale_starts_at)
    return "sale_ends_at must be after sale_starts_at"
  if (type.kind === "early_bird" && !type.sale_ends_at) return "an early bird ticket needs sale_ends_at"
  return undefined
}
