import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentBookings } from "../../../../workflows/booking/utils/present-bookings"

/** GET /admin/bookings/:id — with the practitioner, customer, variant and order, as in the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "booking", fields: req.queryConfig.fields, filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const [booking] = await presentBookings(req.scope, "staff", data, req.queryConfig.fields, new Date())
  res.json({ booking })
}
