import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { handleFromName } from "../../../lib/practitioners/handle"
import { CreatePractitionerDTO } from "../../../modules/practitioner/types"
import { createPractitionerStep } from "../steps/create-practitioner"
import { validatePractitionerProfileStep } from "../steps/validate-practitioner-profile"

/** The profile to create (its handle derived from the name when not given; always `pending`) and the login to tie it to. */
export type ApplyAsPractitionerInput = Omit<CreatePractitionerDTO, "handle" | "status"> & {
  auth_identity_id: string
  handle?: string
}

export const applyAsPractitionerWorkflowId = "apply-as-practitioner"

/**
 * A registered login applies to sell: a `pending` practitioner is created and
 * tied to the login (actor type `practitioner`), all or nothing.
 */
export const applyAsPractitionerWorkflow = createWorkflow(applyAsPractitionerWorkflowId, (input: ApplyAsPractitionerInput) => {
  const profile = transform({ input }, ({ input }): CreatePractitionerDTO => {
    const { auth_identity_id, ...rest } = input
    return { ...rest, handle: input.handle || handleFromName(input.display_name), status: "pending" }
  })
  validatePractitionerProfileStep(profile)
  const practitioner = createPractitionerStep(profile)
  setAuthAppMetadataStep({
    authIdentityId: input.auth_identity_id,
    actorType: "practitioner",
    value: practitioner.id,
  })
  return new WorkflowResponse(practitioner)
})
