import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyPractitionerWorkflow } from "../../../../../workflows/practitioner/workflows/verify-practitioner"
import { AdminVerifyPractitionerType } from "../../validators"

/** POST /admin/practitioners/:id/verify */
export async function POST(req: AuthenticatedMedusaRequest<AdminVerifyPractitionerType>, res: MedusaResponse) {
  const { result } = await verifyPractitionerWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ practitioner: result })
}
