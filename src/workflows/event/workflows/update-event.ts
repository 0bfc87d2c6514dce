import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { EventDetailsUpdate, updateEventDetailsStep } from "../steps/update-event-details"

export const updateEventWorkflowId = "update-event"

/**
 * A host (their own events only) or staff edit an event's details or publish
 * it; publishing (or going back to draft) moves the product that sells its
 * tickets with it, so a draft's tickets cannot be bought.
 */
export const updateEventWorkflow = createWorkflow(
  updateEventWorkflowId,
  (input: { event_id: string; host_practitioner_id?: string; update: EventDetailsUpdate }) => {
    const event = updateEventDetailsStep(input)
    when("move-ticket-product", { input, event }, ({ input, event }) => !!input.update.status && !!event.product_id).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, event }, ({ input, event }) => ({
          selector: { id: event.product_id! },
          update: { status: input.update.status! },
        })),
      })
    })
    return new WorkflowResponse(event)
  }
)
