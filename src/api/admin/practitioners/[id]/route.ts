import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allowedStaffActions, PractitionerStatus } from "../../../../lib/practitioners/status-transitions"

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
  res.json({
    practitioner: {
      ...practitioner,
      products: (practitioner.products ?? []).filter(Boolean),
      allowed_actions: allowedStaffActions(practitioner.status as PractitionerStatus, practitioner.verified),
    },
  })
}
