import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPractitionerCommissionWorkflow } from "../../../../../workflows/practitioner/workflows/set-practitioner-commission"
import { AdminSetPractitionerCommissionType } from "../../validators"

/** POST /admin/practitioners/:id/commission { commission_rate } — a fraction, or null for the platform default. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetPractitionerCommissionType>, res: MedusaResponse) {
  const { result } = await setPractitionerCommissionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      commission_rate: req.validatedBody.commission_rate,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ practitioner: result })
}
