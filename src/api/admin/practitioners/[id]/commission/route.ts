import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setPractitionerCommissionWorkflow } from "../../../../../workflows/practitioner/workflows/set-practitioner-commission"
import { AdminSetPractitionerCommissionType } from "../../validators"

/** POST /admin/practitioners/:id/commission { rate_bps } — basis points (1500 = 15 %), or null for the category or platform rule. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetPractitionerCommissionType>, res: MedusaResponse) {
  // 404 for a practitioner that does not exist, before any rule is written.
  await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "practitioner", fields: ["id"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const { result } = await setPractitionerCommissionWorkflow(req.scope).run({
    input: { id: req.params.id, rate_bps: req.validatedBody.rate_bps, actor_id: req.auth_context.actor_id },
  })
  res.json({ commission_rule: result, commission_rate_bps: result?.rate_bps ?? null })
}
