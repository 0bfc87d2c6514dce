import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allowedStaffActions, PractitionerStatus } from "../../../../lib/practitioners/status-transitions"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"

/** GET /admin/practitioners/:id — everything about one practitioner, with the products they sell. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "practitioner",
      fields: ["*", "products.id", "products.title", "products.handle", "products.status", "products.thumbnail"],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const practitioner = data[0]
  const [rule] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listCommissionRules({ practitioner_id: practitioner.id, category_id: null })
  res.json({
    practitioner: {
      ...practitioner,
      products: (practitioner.products ?? []).filter(Boolean),
      /** Their own commission in basis points; null when a category or the platform's rule applies. */
      commission_rate_bps: rule?.rate_bps ?? null,
      allowed_actions: allowedStaffActions(practitioner.status as PractitionerStatus, practitioner.verified),
    },
  })
}
