import { MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { BOOK_WITH_A_TIME } from "../../lib/bookings/cart-holds"
import { sessionVariantIds } from "../checkout/utils/session-lines"

/** A new cart cannot start with a session in it: a session is added with its time, through the bookings route. */
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = ((input as { items?: Array<{ variant_id?: string | null }> }).items ?? []).map((item) => item.variant_id)
  if ((await sessionVariantIds(container, items)).size) throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
})
