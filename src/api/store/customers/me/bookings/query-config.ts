import {
  BOOKING_OFFERING_FIELDS,
  BOOKING_PRACTITIONER_FIELDS,
  BOOKING_ROW_FIELDS,
  bookingQueryConfig,
} from "../../../../utils/booking-fields"

/** The shopper sees their own sessions with the practitioner, the offering and their order's number and currency. */
export const storeBookingFields = [
  ...BOOKING_ROW_FIELDS,
  ...BOOKING_PRACTITIONER_FIELDS,
  ...BOOKING_OFFERING_FIELDS,
  "order.id",
  "order.display_id",
  "order.currency_code",
]

export const listStoreBookingsQueryConfig = bookingQueryConfig(storeBookingFields, true)
