import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SaveFavouriteInput, saveFavouriteStep } from "../steps/save-favourite"

export const saveFavouriteWorkflowId = "save-favourite"

/** A shopper saves a practitioner, event or product (see saveFavouriteStep). */
export const saveFavouriteWorkflow = createWorkflow(saveFavouriteWorkflowId, (input: SaveFavouriteInput) => {
  return new WorkflowResponse(saveFavouriteStep(input))
})
