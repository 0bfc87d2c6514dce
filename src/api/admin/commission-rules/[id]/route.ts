import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { setCommissionRuleWorkflow } from "../../../../workflows/payout/workflows/set-commission-rule"

/** DELETE /admin/commission-rules/:id — removes a rule; the next broader one applies to new orders. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [rule] = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listCommissionRules({ id: req.params.id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No commission rule ${req.params.id}`)
  await setCommissionRuleWorkflow(req.scope).run({
    input: { practitioner_id: rule.practitioner_id, category_id: rule.category_id, rate_bps: null, actor_id: req.auth_context.actor_id },
  })
  res.json({ id: rule.id, object: "commission_rule", deleted: true })
}
