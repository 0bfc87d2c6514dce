import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLACED_BOOKING_STATUSES } from "../../../../../modules/booking/statuses"

/**
 * GET /store/orders/:id/bookings — the sessions bought in this order, for
 * whoever holds its id (the confirmation page, a guest too, as Medusa's own
 * order lookup allows): when and with whom, never where.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: bookings } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: { order_id: req.params.id, status: [...PLACED_BOOKING_STATUSES] },
    pagination: { order: { starts_at: "ASC" } },
  })
  res.json({ bookings })
}
