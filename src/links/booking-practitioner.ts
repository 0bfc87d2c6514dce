import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import PractitionerModule from "../modules/practitioner"

/** booking.practitioner, read through the practitioner_id the booking stores (no link table). */
export default defineLink(
  { linkable: BookingModule.linkable.booking, field: "practitioner_id" },
  PractitionerModule.linkable.practitioner,
  {
    readOnly: true,
  }
)
