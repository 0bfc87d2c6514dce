import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { TicketTypeUpdate, updateTicketTypeStep } from "../steps/update-ticket-type"

export const updateEventTicketTypeWorkflowId = "update-event-ticket-type"

/**
 * A host (their own events) or staff change a ticket type's per-order limit,
 * sale window or prices; new prices go on every variant that sells it (one per
 * date) through Medusa's own variant update. Orders already placed keep theirs.
 */
export const updateEventTicketTypeWorkflow = createWorkflow(
  updateEventTicketTypeWorkflowId,
  (input: { ticket_type_id: string; host_practitioner_id?: string; update: TicketTypeUpdate; prices?: Record<string, number> }) => {
    const type = updateTicketTypeStep(input)
    when("reprice-ticket-variants", { input }, ({ input }) => !!input.prices).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input, type }, ({ input, type }) => ({
          selector: { id: type.variant_ids },
          update: { prices: Object.entries(input.prices!).map(([currency_code, amount]) => ({ currency_code, amount })) },
        })),
      })
    })
    return new WorkflowResponse(type)
  }
)
