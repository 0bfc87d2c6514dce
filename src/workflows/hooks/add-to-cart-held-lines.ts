import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnheldSessionItems } from "../checkout/utils/session-lines"
import { refuseUnheldTicketItems } from "../checkout/utils/ticket-lines"

type Item = { variant_id?: string | null; quantity?: unknown }

/**
 * Sessions and tickets enter a cart only through the routes that hold them
 * (a time, seats): every other way in — the stock line-items route, any
 * metadata — is refused, and even the hold workflows' own lines are checked
 * against their hold.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []) as Item[]
  await refuseUnheldSessionItems(container, cart.id, items, input.additional_data)
  await refuseUnheldTicketItems(container, cart.id, items, input.additional_data)
})
