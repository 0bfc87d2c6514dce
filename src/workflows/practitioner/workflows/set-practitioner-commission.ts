import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { notifyPractitionerStep } from "../steps/notify-practitioner"
import { updatePractitionerStep } from "../steps/update-practitioner"

export const setPractitionerCommissionWorkflowId = "set-practitioner-commission"

/**
 * Staff set a practitioner's own commission rate (0–1), or clear it (null) so
 * the platform default applies. Emits `practitioner.commission_set`.
 */
export const setPractitionerCommissionWorkflow = createWorkflow(
  setPractitionerCommissionWorkflowId,
  (input: { id: string; commission_rate: number | null; actor_id: string }) => {
    const practitioner = updatePractitionerStep(
      transform({ input }, ({ input }) => ({ id: input.id, commission_rate: input.commission_rate }))
    )
    emitEventStep({ eventName: "practitioner.commission_set", data: input })
    notifyPractitionerStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        happened: "commission_set",
        data: { commission_rate: input.commission_rate },
      }))
    )
    return new WorkflowResponse(practitioner)
  }
)
