import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { applyAsPractitionerWorkflow } from "../../../workflows/practitioner/workflows/apply-as-practitioner"
import { toStoredProfile, VendorApplyPractitionerType } from "./validators"

/** POST /vendor/practitioners — a registered login applies; answers the pending practitioner. */
export async function POST(req: AuthenticatedMedusaRequest<VendorApplyPractitionerType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This login already has a practitioner profile; edit it with POST /vendor/me.")
  }
  const { result } = await applyAsPractitionerWorkflow(req.scope).run({
    input: {
      ...toStoredProfile(req.validatedBody),
      auth_identity_id: req.auth_context.auth_identity_id,
      email: await loginEmail(req),
    },
  })
  res.status(201).json({ practitioner: result })
}

/** The email the login registered with (its emailpass provider identity). */
async function loginEmail(req: AuthenticatedMedusaRequest): Promise<string> {
  const auth = req.scope.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({
    auth_identity_id: req.auth_context.auth_identity_id,
  })
  return identity?.entity_id
}
