import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withPractitioners } from "../../../lib/bookings/booking-view"
import { AdminListBookingsType } from "./validators"

/** GET /admin/bookings?practitioner_id&order_id&customer_id&status&from&to&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBookingsType>, res: MedusaResponse) {
  const { from, to, limit, offset, ...filters } = req.validatedQuery
  const starts: Record<string, Date> = {}
  if (from) starts.$gte = new Date(from)
  if (to) starts.$lt = new Date(to)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "booking",
    fields: ["*"],
    filters: { ...filters, ...(from || to ? { starts_at: starts } : {}) },
    pagination: { skip: offset, take: limit, order: { starts_at: "ASC" } },
  })
  res.json({ bookings: await withPractitioners(query, data), count: metadata?.count ?? data.length, offset, limit })
}
