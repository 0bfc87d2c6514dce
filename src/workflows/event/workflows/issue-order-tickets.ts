import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { issueOrderTicketsStep } from "../steps/issue-order-tickets"
import { notifyTicketsIssuedStep } from "../steps/notify-tickets-issued"

export const issueOrderTicketsWorkflowId = "issue-order-tickets"

/**
 * After an order is placed — from the storefront or by a payment webhook —
 * the seats its cart held become one ticket per attendee, and the buyer is
 * emailed them with their QR codes. The order's lock
 * keeps the subscriber and the sweep from issuing at the same moment; safe to
 * run again for the same order.
 */
export const issueOrderTicketsWorkflow = createWorkflow(issueOrderTicketsWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `order-tickets:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const tickets = issueOrderTicketsStep(input)
  releaseLockStep({ key: lockKey })
  notifyTicketsIssuedStep(
    transform({ input, tickets }, ({ input, tickets }) => ({ order_id: input.order_id, ticket_ids: tickets.map((t) => t.id) }))
  )
  emitEventStep({
    eventName: "event_ticket.issued",
    data: transform({ input, tickets }, ({ input, tickets }) => ({ order_id: input.order_id, ids: tickets.map((t) => t.id) })),
  })
  return new WorkflowResponse(tickets)
})
