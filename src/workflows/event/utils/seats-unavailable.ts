import { wordedConflict } from "../../utils/worded-conflict"

/** A 409 that tells the shopper the seats they asked for are not there (sold out, only n left), in words. */
export function seatsUnavailable(message: string) {
  return wordedConflict("seats_unavailable", message)
}
