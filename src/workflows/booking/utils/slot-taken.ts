import { MedusaError } from "@medusajs/framework/utils"
import { describeSessionTime } from "../../../lib/bookings/hold"
import type { SessionVariant } from "../../../lib/bookings/session-variant"

export const SLOT_TAKEN = "slot_taken"

/** A 409 whose message tells the shopper what happened to their time and what to do. */
export function slotTaken(message: string) {
  return new MedusaError(MedusaError.Types.CONFLICT, message, SLOT_TAKEN)
}

/** The database refused the time because another booking got there first (holding or moving alike). */
export function slotJustTaken(session: Pick<SessionVariant, "title" | "practitioner">, startsAt: Date) {
  return slotTaken(
    `${describeSessionTime(session.title, startsAt, session.practitioner.timezone)} was just taken by someone else. Choose another time.`
  )
}

export function isSlotTaken(error: unknown): error is MedusaError {
  return (error as MedusaError)?.type === MedusaError.Types.CONFLICT && (error as MedusaError)?.code === SLOT_TAKEN
}
