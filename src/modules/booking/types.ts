import type { InferTypeOf } from "@medusajs/framework/types"
import { Booking } from "./models/booking"

/** A booking as the module service returns it. */
export type BookingDTO = InferTypeOf<typeof Booking>

/** Fields a caller may write; ids and timestamps are the module's own. */
type WritableBooking = Omit<BookingDTO, "id" | "created_at" | "updated_at" | "deleted_at">

/** The fields without a default are required; everything else may be left out. */
export type CreateBookingDTO = Pick<
  WritableBooking,
  "practitioner_id" | "product_id" | "variant_id" | "starts_at" | "ends_at" | "blocked_from" | "blocked_until" | "customer_timezone"
> &
  Partial<WritableBooking>

export type UpdateBookingDTO = { id: string } & Partial<WritableBooking>
