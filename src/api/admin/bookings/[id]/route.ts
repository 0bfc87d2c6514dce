import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withPractitioners } from "../../../../lib/bookings/booking-view"

/** GET /admin/bookings/:id — with the practitioner and the order's number and email. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booking", fields: ["*"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const [booking] = await withPractitioners(query, data)
  const { data: orders } = booking.order_id
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: booking.order_id } })
    : { data: [] }
  res.json({ booking: { ...booking, order: orders[0] ?? null } })
}
