import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BookingModule from "../modules/booking"

/**
 * booking.line_item: the order line that paid for the session, read
 * through the booking's line_item_id once its order is placed (while the
 * session is held, line_item_id names the cart line instead). This id, never
 * a line's metadata, is the one reference between a booking and its line.
 */
export default defineLink(
  { linkable: BookingModule.linkable.booking, field: "line_item_id" },
  { linkable: OrderModule.linkable.orderLineItem, alias: "line_item" },
  {
    readOnly: true,
  }
)
