import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BookingModule from "../modules/booking"

/** booking.variant (the offering and its duration), read through the variant_id the booking stores. */
export default defineLink(
  { linkable: BookingModule.linkable.booking, field: "variant_id" },
  { linkable: ProductModule.linkable.productVariant, alias: "variant" },
  {
    readOnly: true,
  }
)
