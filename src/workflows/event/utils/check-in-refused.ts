import { wordedConflict } from "../../utils/worded-conflict"

/** A 409 that tells the person at the door why the ticket is not admitted (already in, cancelled, too early …). */
export function checkInRefused(message: string) {
  return wordedConflict("check_in_refused", message)
}
