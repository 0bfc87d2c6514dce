import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withDetailsFor } from "../../../../lib/bookings/booking-view"

/** GET /admin/bookings/:id — with the practitioner, customer, variant and order, as in the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const [booking] = await withDetailsFor("staff", query, data)
  res.json({ booking })
}
