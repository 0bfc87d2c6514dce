import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { notifyPractitionerStep } from "../steps/notify-practitioner"
import { updatePractitionerStep } from "../steps/update-practitioner"

export const verifyPractitionerWorkflowId = "verify-practitioner"

/**
 * Staff mark a practitioner's identity and credentials as checked: the store
 * shows a verified badge. Emits `practitioner.verified` and tells them.
 */
export const verifyPractitionerWorkflow = createWorkflow(verifyPractitionerWorkflowId, (input: { id: string; actor_id: string }) => {
  const practitioner = updatePractitionerStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      verified: true,
      verified_at: new Date(),
      verified_by: input.actor_id,
    }))
  )
  emitEventStep({ eventName: "practitioner.verified", data: { id: input.id, actor_id: input.actor_id } })
  notifyPractitionerStep({ id: input.id, happened: "verified" })
  return new WorkflowResponse(practitioner)
})
