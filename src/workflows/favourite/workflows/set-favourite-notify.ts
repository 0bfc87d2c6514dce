import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setFavouriteNotifyStep } from "../steps/save-favourite"

export const setFavouriteNotifyWorkflowId = "set-favourite-notify"

/** A shopper turns a saved practitioner's alert on or off. */
export const setFavouriteNotifyWorkflow = createWorkflow(
  setFavouriteNotifyWorkflowId,
  (input: { id: string; customer_id: string; notify: boolean }) => new WorkflowResponse(setFavouriteNotifyStep(input))
)
