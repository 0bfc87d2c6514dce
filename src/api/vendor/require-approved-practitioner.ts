import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import PractitionerModuleService from "../../modules/practitioner/service"

/**
 * Selling needs an approved practitioner. Pending, rejected and suspended ones
 * may read their status and edit their application (/vendor/me), nothing else.
 */
export async function requireApprovedPractitioner(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const [practitioner] = await req.scope
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners({ id: req.auth_context.actor_id }, { select: ["status"] })
  if (practitioner?.status !== "approved") {
    res.status(403).json({
      type: "not_allowed",
      message: `Your practitioner account is ${practitioner?.status ?? "unknown"}; only approved practitioners can manage offerings. See GET /vendor/me for its status.`,
    })
    return
  }
  next()
}
