import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { withDetailsFor } from "../../../lib/bookings/booking-view"
import { AdminListBookingsType } from "./validators"

/** GET /admin/bookings?practitioner_id&order_id&customer_id&status&from&to&limit&offset — with practitioner, customer, variant and order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBookingsType>, res: MedusaResponse) {
  const { from, to, limit, offset, ...filters } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "booking",
    fields: ["*"],
    filters: { ...filters, ...startsWithin(from, to) },
    pagination: { skip: offset, take: limit, order: { starts_at: "ASC" } },
  })
  const bookings = await withDetailsFor("staff", query, data)
  res.json({ bookings, count: metadata?.count ?? data.length, offset, limit })
}
