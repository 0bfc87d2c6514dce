import { MedusaError } from "@medusajs/framework/utils"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { ONE_SESSION_PER_LINE } from "../../lib/bookings/cart-holds"
import { ATTENDEES_FIX_THE_QUANTITY } from "../../lib/events/seats"
import { sessionVariantIds } from "../checkout/utils/session-lines"
import { ticketVariantIds } from "../checkout/utils/ticket-lines"

/**
 * A session line stays at quantity 1 and a ticket line at its number of
 * attendees; quantity 0 removes the line, which releases its hold.
 */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = input.update?.quantity
  if (quantity === undefined || Number(quantity) === 0) return
  const line = (cart.items ?? []).find((item: { id: string }) => item.id === input.item_id) as
    { variant_id?: string | null; quantity?: unknown } | undefined
  if (!line || Number(quantity) === Number(line.quantity)) return
  if ((await sessionVariantIds(container, [line.variant_id])).size)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, ONE_SESSION_PER_LINE)
  if ((await ticketVariantIds(container, [line.variant_id])).size) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, ATTENDEES_FIX_THE_QUANTITY)
  }
})
