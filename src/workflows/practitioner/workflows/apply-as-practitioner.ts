import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { handleFromName } from "../../../lib/practitioners/handle"
import { createPractitionerStep } from "../steps/create-practitioner"
import { validatePractitionerProfileStep } from "../steps/validate-practitioner-profile"

export type ApplyAsPractitionerInput = {
  auth_identity_id: string
  email: string
  display_name: string
  handle?: string
  kind: "healer" | "prophet" | "medium" | "counsellor"
  timezone: string
} & Record<string, unknown>

export const applyAsPractitionerWorkflowId = "apply-as-practitioner"

/**
 * A registered login applies to sell: a `pending` practitioner is created and
 * tied to the login (actor type `practitioner`), all or nothing.
 */
export const applyAsPractitionerWorkflow = createWorkflow(
  applyAsPractitionerWorkflowId,
  (input: ApplyAsPractitionerInput) => {
    const profile = transform({ input }, ({ input }) => {
      const { auth_identity_id, ...rest } = input
      return { ...rest, handle: input.handle || handleFromName(input.display_name), status: "pending" }
    })
    validatePractitionerProfileStep(profile)
    const practitioner = createPractitionerStep(profile as never)
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "practitioner",
      value: practitioner.id,
    })
    return new WorkflowResponse(practitioner)
  }
)
