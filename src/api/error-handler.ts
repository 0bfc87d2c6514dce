import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { isSlotTaken } from "../workflows/booking/utils/slot-taken"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that a taken slot keeps its own words:
 * Medusa answers every CONFLICT with a generic idempotency message, but a
 * shopper who lost a time to someone else needs to hear that.
 */
export const avenraeErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (isSlotTaken(error)) {
    res.status(409).json({ type: "conflict", code: error.code, message: error.message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
