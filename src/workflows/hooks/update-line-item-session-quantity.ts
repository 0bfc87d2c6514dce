import { MedusaError } from "@medusajs/framework/utils"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { ONE_SESSION_PER_LINE } from "../../lib/bookings/cart-holds"
import { sessionVariantIds } from "../checkout/utils/session-lines"

/** A session line stays at quantity 1 (0 removes it, which releases its hold). */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (!(Number(input.update?.quantity) > 1)) return
  const line = (cart.items ?? []).find((item: { id: string }) => item.id === input.item_id) as { variant_id?: string | null } | undefined
  if (line && (await sessionVariantIds(container, [line.variant_id])).size) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, ONE_SESSION_PER_LINE)
  }
})
