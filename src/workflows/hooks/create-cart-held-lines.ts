import { MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { BOOK_WITH_A_TIME } from "../../lib/bookings/cart-holds"
import { TICKETS_WITH_ATTENDEES } from "../../lib/events/seats"
import { sessionVariantIds } from "../checkout/utils/session-lines"
import { ticketVariantIds } from "../checkout/utils/ticket-lines"

/** A new cart cannot start with a session or tickets in it: they are added with their time or attendees, through their own routes. */
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = ((input as { items?: Array<{ variant_id?: string | null }> }).items ?? []).map((item) => item.variant_id)
  if ((await sessionVariantIds(container, items)).size) throw new MedusaError(MedusaError.Types.INVALID_DATA, BOOK_WITH_A_TIME)
  if ((await ticketVariantIds(container, items)).size) throw new MedusaError(MedusaError.Types.INVALID_DATA, TICKETS_WITH_ATTENDEES)
})
