import { z } from "@medusajs/framework/zod"
import { bookingStatus } from "../../utils/booking-status"
import { filterInstant } from "../../utils/instants"

export const AdminListBookings = z
  .object({
    practitioner_id: z.string().optional(),
    order_id: z.string().optional(),
    customer_id: z.string().optional(),
    status: bookingStatus,
    from: filterInstant("from").optional(),
    to: filterInstant("to").optional(),
    limit: z.coerce.number().int().min(1).max(500, "limit can be at most 500").default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListBookingsType = z.infer<typeof AdminListBookings>

export const AdminRetrieveBooking = z.object({}).strict()

export const AdminCancelBooking = z
  .object({ reason: z.string().min(1, "say why; the client and the practitioner read it").max(1000) })
  .strict()
export type AdminCancelBookingType = z.infer<typeof AdminCancelBooking>
