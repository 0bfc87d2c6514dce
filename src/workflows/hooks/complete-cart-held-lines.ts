import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { SessionLine } from "../../lib/bookings/cart-holds"
import type { TicketLine } from "../../lib/events/seats"
import { sessionLineProblems } from "../checkout/utils/session-lines"
import { ticketLineProblems } from "../checkout/utils/ticket-lines"

/**
 * Whichever route or webhook completes a cart: each session line must carry
 * a live hold of this cart at quantity 1, each ticket line a live seat hold
 * at its quantity, and all ticket lines of one date must fit in its seats.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const lines = (cart.items ?? []) as Array<SessionLine & Partial<TicketLine>>
  const now = new Date()
  const [problem] = [
    ...(await sessionLineProblems(container, cart.id, lines, now)),
    ...(await ticketLineProblems(container, cart.id, lines, now)),
  ]
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
})
