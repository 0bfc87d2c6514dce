import { MedusaError } from "@medusajs/framework/utils"

export const SLOT_TAKEN = "slot_taken"

/** A 409 whose message tells the shopper what happened to their time and what to do. */
export function slotTaken(message: string) {
  return new MedusaError(MedusaError.Types.CONFLICT, message, SLOT_TAKEN)
}

export function isSlotTaken(error: unknown): error is MedusaError {
  return (error as MedusaError)?.type === MedusaError.Types.CONFLICT && (error as MedusaError)?.code === SLOT_TAKEN
}
