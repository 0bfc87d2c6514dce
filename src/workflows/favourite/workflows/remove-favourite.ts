import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeFavouriteStep } from "../steps/save-favourite"

export const removeFavouriteWorkflowId = "remove-favourite"

/** A shopper removes a saved item. */
export const removeFavouriteWorkflow = createWorkflow(
  removeFavouriteWorkflowId,
  (input: { id: string; customer_id: string }) => new WorkflowResponse(removeFavouriteStep(input))
)
