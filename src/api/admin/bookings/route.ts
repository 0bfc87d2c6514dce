import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { presentBookings } from "../../../workflows/booking/utils/present-bookings"
import { AdminListBookingsType } from "./validators"

/** GET /admin/bookings?practitioner_id&order_id&customer_id&status&from&to&limit&offset — with practitioner, customer, variant and order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBookingsType>, res: MedusaResponse) {
  const { practitioner_id, order_id, customer_id, status, from, to, limit, offset } = req.validatedQuery
  const filters = Object.fromEntries(
    Object.entries({ practitioner_id, order_id, customer_id, status }).filter(([, value]) => value !== undefined)
  )
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...startsWithin(from, to) },
    pagination: { skip: offset, take: limit, order: { starts_at: "ASC" } },
  })
  const bookings = await presentBookings(req.scope, "staff", data, req.queryConfig.fields, new Date())
  res.json({ bookings, count: metadata?.count ?? data.length, offset, limit })
}
