import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { practitionerNotification } from "../lib/practitioners/practitioner-notification"
import { updatePractitionerStep } from "./steps/update-practitioner"

export const verifyPractitionerWorkflowId = "verify-practitioner"

/**
 * Staff mark a practitioner's identity and credentials as checked: the store
 * shows a verified badge. Emits `practitioner.verified` and tells them.
 */
export const verifyPractitionerWorkflow = createWorkflow(
  verifyPractitionerWorkflowId,
  (input: { id: string; actor_id: string }) => {
    const { data } = useQueryGraphStep({
      entity: "practitioner",
      fields: ["id", "email", "display_name"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const practitioner = updatePractitionerStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        verified: true,
        verified_at: new Date(),
        verified_by: input.actor_id,
      }))
    )
    emitEventStep({ eventName: "practitioner.verified", data: { id: input.id, actor_id: input.actor_id } })
    sendNotificationsStep(
      transform({ data }, ({ data }) => [practitionerNotification(data[0], "verified")])
    )
    return new WorkflowResponse(practitioner)
  }
)
