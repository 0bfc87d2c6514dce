import { MedusaError } from "@medusajs/framework/utils"

/**
 * The conflicts whose message is meant for the person who asked: Medusa
 * answers every other CONFLICT with a generic idempotency message, but a
 * shopper who lost a time or the last seats, or a door that scanned a used
 * ticket, needs to hear what happened.
 */
export const WORDED_CONFLICTS = [
  "slot_taken",
  "check_in_refused",
  "seats_unavailable",
  "waitlist_conflict",
  "ticket_conflict",
  "review_conflict",
] as const
export type WordedConflictCode = (typeof WORDED_CONFLICTS)[number]

/** A 409 that keeps its words (see the error handler). */
export function wordedConflict(code: WordedConflictCode, message: string) {
  return new MedusaError(MedusaError.Types.CONFLICT, message, code)
}

export function isWordedConflict(error: unknown, code?: WordedConflictCode): error is MedusaError {
  const { type, code: actual } = (error ?? {}) as MedusaError
  return type === MedusaError.Types.CONFLICT && (code ? actual === code : (WORDED_CONFLICTS as readonly string[]).includes(actual!))
}
