import { practitionerFields } from "../../../lib/bookings/practitioner-view"
import { BOOKING_OFFERING_FIELDS, BOOKING_ROW_FIELDS, bookingQueryConfig } from "../../utils/booking-fields"

/** A practitioner sees their own bookings with the client's name (never their email) and the offering; nothing of the cart or order. */
export const vendorBookingFields = [
  ...practitionerFields(BOOKING_ROW_FIELDS),
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  ...BOOKING_OFFERING_FIELDS,
]

export const listVendorBookingsQueryConfig = bookingQueryConfig(vendorBookingFields, true)
