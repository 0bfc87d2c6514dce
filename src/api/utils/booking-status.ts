import { z } from "@medusajs/framework/zod"
import { BOOKING_STATUSES } from "../../modules/booking/statuses"

/** An optional `status` filter over the statuses the booking model declares. */
export const bookingStatus = z
  .enum(BOOKING_STATUSES, { message: `status must be ${BOOKING_STATUSES.slice(0, -1).join(", ")} or ${BOOKING_STATUSES.at(-1)}` })
  .optional()
