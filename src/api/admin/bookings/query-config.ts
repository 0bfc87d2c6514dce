import { BOOKING_OFFERING_FIELDS, BOOKING_PRACTITIONER_FIELDS, BOOKING_ROW_FIELDS, bookingQueryConfig } from "../../utils/booking-fields"

/** Staff see everything about a booking: with whom, who booked (with their email), what, and the order. */
export const adminBookingFields = [
  ...BOOKING_ROW_FIELDS,
  ...BOOKING_PRACTITIONER_FIELDS,
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  ...BOOKING_OFFERING_FIELDS,
  "order.id",
  "order.display_id",
  "order.email",
  "order.currency_code",
]

export const listAdminBookingsQueryConfig = bookingQueryConfig(adminBookingFields, true)
export const retrieveAdminBookingQueryConfig = bookingQueryConfig(adminBookingFields, false)
