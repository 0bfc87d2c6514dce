import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BookingModule from "../modules/booking"

/** booking.customer, read through the customer_id the booking stores (no link table). */
export default defineLink({ linkable: BookingModule.linkable.booking, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
