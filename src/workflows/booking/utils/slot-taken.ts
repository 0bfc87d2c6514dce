import { describeSessionTime } from "../../../lib/bookings/hold"
import type { SessionVariant } from "../../../lib/bookings/session-variant"

import { wordedConflict } from "../../utils/worded-conflict"

/** A 409 whose message tells the shopper what happened to their time and what to do. */
export function slotTaken(message: string) {
  return wordedConflict("slot_taken", message)
}

/** The database refused the time because another booking got there first (holding or moving alike). */
export function slotJustTaken(session: Pick<SessionVariant, "title" | "practitioner">, startsAt: Date) {
  return slotTaken(
    `${describeSessionTime(session.title, startsAt, session.practitioner.timezone)} was just taken by someone else. Choose another time.`
  )
}
