import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BookingModule from "../modules/booking"

/** booking.order, read through the order_id the booking stores once its order is placed (no link table). */
export default defineLink({ linkable: BookingModule.linkable.booking, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
