import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { pastTense, StatusAction } from "../../../lib/practitioners/status-transitions"
import { notifyPractitionerStep } from "../steps/notify-practitioner"
import { updatePractitionerStep } from "../steps/update-practitioner"
import { validateStatusChangeStep } from "../steps/validate-status-change"

export type ChangePractitionerStatusInput = {
  id: string
  action: StatusAction
  reason?: string | null
  actor_id: string
}

export const changePractitionerStatusWorkflowId = "change-practitioner-status"

/**
 * Staff approve, reject, suspend or reinstate a practitioner. Emits
 * `practitioner.<approved|rejected|suspended|reinstated>` and tells the
 * practitioner by email through the notification module.
 */
export const changePractitionerStatusWorkflow = createWorkflow(
  changePractitionerStatusWorkflowId,
  (input: ChangePractitionerStatusInput) => {
    const { data } = useQueryGraphStep({
      entity: "practitioner",
      fields: ["id", "status"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const current = transform({ data }, ({ data }) => data[0])
    const status = validateStatusChangeStep(
      transform({ input, current }, ({ input, current }) => ({
        action: input.action,
        current: current.status,
        reason: input.reason,
      }))
    )
    const practitioner = updatePractitionerStep(
      transform({ input, status }, ({ input, status }) => ({
        id: input.id,
        status,
        status_reason: input.reason ?? null,
      }))
    )
    const happened = transform({ input }, ({ input }) => pastTense(input.action))
    emitEventStep({
      eventName: transform({ happened }, ({ happened }) => `practitioner.${happened}`),
      data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason ?? null, actor_id: input.actor_id })),
    })
    notifyPractitionerStep(
      transform({ happened, input }, ({ happened, input }) => ({
        id: input.id,
        happened,
        data: { reason: input.reason ?? null },
      }))
    )
    return new WorkflowResponse(practitioner)
  }
)
