import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changePractitionerStatusWorkflow } from "../../../../../workflows/practitioner/workflows/change-practitioner-status"
import { AdminApprovePractitionerType } from "../../validators"

/** POST /admin/practitioners/:id/approve { reason? } */
export async function POST(req: AuthenticatedMedusaRequest<AdminApprovePractitionerType>, res: MedusaResponse) {
  const { result } = await changePractitionerStatusWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "approve",
      reason: req.validatedBody.reason ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ practitioner: result })
}
