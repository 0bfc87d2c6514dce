import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdatePractitionerDTO } from "../../../modules/practitioner/types"
import { updatePractitionerStep } from "../steps/update-practitioner"
import { validatePractitionerProfileStep } from "../steps/validate-practitioner-profile"

export const updatePractitionerProfileWorkflowId = "update-practitioner-profile"

/** A practitioner edits their own profile; the same checks as applying apply. */
export const updatePractitionerProfileWorkflow = createWorkflow(updatePractitionerProfileWorkflowId, (input: UpdatePractitionerDTO) => {
  validatePractitionerProfileStep(input)
  return new WorkflowResponse(updatePractitionerStep(input))
})
