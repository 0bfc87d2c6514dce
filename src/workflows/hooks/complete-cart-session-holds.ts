import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { SessionLine } from "../../lib/bookings/cart-holds"
import { sessionLineProblems } from "../checkout/utils/session-lines"

/**
 * Whichever route or webhook completes a cart, each session line must carry a
 * live hold of this cart (found by the booking's line_item_id) at quantity 1.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const [problem] = await sessionLineProblems(container, cart.id, (cart.items ?? []) as SessionLine[], new Date())
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
})
