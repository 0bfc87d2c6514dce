import { MedusaError } from "@medusajs/framework/utils"

export const CHECK_IN_REFUSED = "check_in_refused"

/** A 409 that tells the person at the door why the ticket is not admitted (already in, cancelled, too early …). */
export function checkInRefused(message: string) {
  return new MedusaError(MedusaError.Types.CONFLICT, message, CHECK_IN_REFUSED)
}

export function isCheckInRefused(error: unknown): error is MedusaError {
  return (error as MedusaError)?.type === MedusaError.Types.CONFLICT && (error as MedusaError)?.code === CHECK_IN_REFUSED
}
