import { z } from "@medusajs/framework/zod"
import { bookingStatus } from "../../utils/booking-status"
import { filterInstant } from "../../utils/instants"
import { listOffset, MAX_ID_LENGTH } from "../../utils/paging"

export const AdminListBookings = z
  .object({
    practitioner_id: z.string().max(MAX_ID_LENGTH).optional(),
    order_id: z.string().max(MAX_ID_LENGTH).optional(),
    customer_id: z.string().max(MAX_ID_LENGTH).optional(),
    status: bookingStatus,
    from: filterInstant("from").optional(),
    to: filterInstant("to").optional(),
    limit: z.coerce.number().int().min(1).max(500, "limit can be at most 500").default(50),
    offset: listOffset,
  })
  .strict()
export type AdminListBookingsType = z.infer<typeof AdminListBookings>

export const AdminRetrieveBooking = z.object({}).strict()

export const AdminCancelBooking = z
  .object({ reason: z.string().min(1, "say why; the client and the practitioner read it").max(1000) })
  .strict()
export type AdminCancelBookingType = z.infer<typeof AdminCancelBooking>
