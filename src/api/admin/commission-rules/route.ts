import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PLATFORM_COMMISSION_BPS } from "../../../lib/payouts/commission"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { setCommissionRuleWorkflow } from "../../../workflows/payout/workflows/set-commission-rule"
import type { SetCommissionRuleType } from "../../utils/payout-validators"

/** GET /admin/commission-rules — every rule, with the practitioner's and category's names; the platform default first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rules = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listCommissionRules({}, { order: { created_at: "ASC" }, take: 5000 })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const practitionerIds = [...new Set(rules.map((r) => r.practitioner_id).filter(Boolean))] as string[]
  const categoryIds = [...new Set(rules.map((r) => r.category_id).filter(Boolean))] as string[]
  const [practitioners, categories] = await Promise.all([
    practitionerIds.length
      ? query.graph({ entity: "practitioner", fields: ["id", "display_name"], filters: { id: practitionerIds } }).then((r) => r.data)
      : [],
    categoryIds.length
      ? query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: categoryIds } }).then((r) => r.data)
      : [],
  ])
  const platform = rules.find((rule) => !rule.practitioner_id && !rule.category_id)
  res.json({
    platform_rate_bps: platform?.rate_bps ?? PLATFORM_COMMISSION_BPS,
    commission_rules: rules.map((rule) => ({
      ...rule,
      practitioner: practitioners.find((p: any) => p.id === rule.practitioner_id) ?? null,
      category: categories.find((c: any) => c.id === rule.category_id) ?? null,
    })),
  })
}

/**
 * POST /admin/commission-rules { practitioner_id?, category_id?, rate_bps, note? }
 * — sets the rule of that scope (neither: the platform's default). Orders
 * already placed keep their rates.
 */
export async function POST(req: AuthenticatedMedusaRequest<SetCommissionRuleType>, res: MedusaResponse) {
  const body = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (body.practitioner_id) {
    const { data } = await query.graph({ entity: "practitioner", fields: ["id"], filters: { id: body.practitioner_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No practitioner ${body.practitioner_id}`)
  }
  if (body.category_id) {
    const { data } = await query.graph({ entity: "product_category", fields: ["id"], filters: { id: body.category_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No product category ${body.category_id}`)
  }
  const { result } = await setCommissionRuleWorkflow(req.scope).run({
    input: {
      practitioner_id: body.practitioner_id,
      category_id: body.category_id,
      rate_bps: body.rate_bps,
      note: body.note,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ commission_rule: result })
}
