import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAllowedActions } from "../../../../workflows/booking/utils/with-allowed-actions"

/** GET /admin/bookings/:id — with the practitioner, customer, variant and order, as in the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "booking", fields: req.queryConfig.fields, filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const [booking] = await withAllowedActions(req.scope, "staff", data, new Date())
  res.json({ booking })
}
