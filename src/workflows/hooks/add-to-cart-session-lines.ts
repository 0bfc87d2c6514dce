import { MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { BOOK_WITH_A_TIME, ONE_SESSION_PER_LINE } from "../../lib/bookings/cart-holds"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import { sessionVariantIds } from "../checkout/utils/session-lines"

type Item = { variant_id?: string | null; quantity?: unknown }

/**
 * A session enters a cart only through POST /store/carts/:id/bookings, which
 * holds its time first: every other way in (the stock line-items route, any
 * metadata) is refused. The hold workflow names its hold in additional_data,
 * and even that is checked: a hold of this very cart, of this variant, not yet
 * carried by any line.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []) as Item[]
  const sessions = await sessionVariantIds(
    container,
    items.map((item) => item.variant_id)
  )
  const sessionItems = items.filter((item) => item.variant_id && sessions.has(item.variant_id))
  if (!sessionItems.length) return
  const holdId = (input.additional_data as { session_hold_id?: unknown } | undefined)?.session_hold_id
  if (sessionItems.length !== 1 || typeof holdId !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
  const [item] = sessionItems
  if (Number(item.quantity ?? 1) !== 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, ONE_SESSION_PER_LINE)
  const [hold] = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ id: holdId, cart_id: cart.id, variant_id: item.variant_id!, status: "held", line_item_id: null })
  if (!hold) throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
})
