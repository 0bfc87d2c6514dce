import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendFavouriteNewsStep } from "../steps/send-favourite-news"

export const sendFavouriteNewsWorkflowId = "send-favourite-news"

/** Tells customers about new times and events of the practitioners they saved (see sendFavouriteNewsStep). */
export const sendFavouriteNewsWorkflow = createWorkflow(sendFavouriteNewsWorkflowId, (input: { now: Date }) => {
  return new WorkflowResponse(sendFavouriteNewsStep(input))
})
