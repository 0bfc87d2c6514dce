import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePractitionerProfileWorkflow } from "../../../workflows/practitioner/workflows/update-practitioner-profile"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"
import { toStoredProfile, VendorUpdateMeType } from "../practitioners/validators"

/** GET /vendor/me — the authenticated practitioner, whatever their status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const practitioner = await req.scope
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .retrievePractitioner(req.auth_context.actor_id)
  res.json({ practitioner })
}

/** POST /vendor/me — edit one's own profile (pending applicants edit their application). */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateMeType>, res: MedusaResponse) {
  const { result } = await updatePractitionerProfileWorkflow(req.scope).run({
    input: { id: req.auth_context.actor_id, ...toStoredProfile(req.validatedBody) },
  })
  res.json({ practitioner: result })
}
