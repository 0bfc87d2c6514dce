import { markFreeSlotsStaleStep } from "../steps/mark-free-slots-stale"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AvailabilityEntryRef, deleteOwnAvailabilityEntryStep } from "../steps/delete-own-availability-entry"

export const removeAvailabilityEntryWorkflowId = "remove-availability-entry"

/** A practitioner removes one of their own date overrides or time-off entries. */
export const removeAvailabilityEntryWorkflow = createWorkflow(removeAvailabilityEntryWorkflowId, (input: AvailabilityEntryRef) => {
  const removed = deleteOwnAvailabilityEntryStep(input)
  markFreeSlotsStaleStep(input)
  return new WorkflowResponse(removed)
})
