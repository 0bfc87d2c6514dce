import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StatusAction } from "../../../../lib/practitioners/status-transitions"
import { changePractitionerStatusWorkflow } from "../../../../workflows/practitioner/workflows/change-practitioner-status"
import { AdminChangePractitionerStatusType } from "../validators"

/**
 * The handler of POST /admin/practitioners/:id/{approve,reject,suspend,reinstate} { reason? }:
 * each action's route.ts is this with its action, and the workflow decides
 * whether the change is allowed (and whether it needs a reason).
 */
export function changeStatusRoute(action: StatusAction) {
  return async function POST(req: AuthenticatedMedusaRequest<AdminChangePractitionerStatusType>, res: MedusaResponse) {
    const { result } = await changePractitionerStatusWorkflow(req.scope).run({
      input: { id: req.params.id, action, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
    })
    res.json({ practitioner: result })
  }
}
