import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopperBookingFilters } from "../../../../../lib/bookings/list-filters"
import { presentBookings } from "../../../../../workflows/booking/utils/present-bookings"
import { StoreListMyBookingsType } from "../../../bookings/validators"

/**
 * GET /store/customers/me/bookings?status=upcoming|past|cancelled — the
 * shopper's own sessions from placed orders, with their practitioner.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMyBookingsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const now = new Date()
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: shopperBookingFilters(req.auth_context.actor_id, status, now),
    pagination: { skip: offset, take: limit, order: { starts_at: status === "past" ? "DESC" : "ASC" } },
  })
  const bookings = await presentBookings(req.scope, "customer", data, req.queryConfig.fields, now)
  res.json({ bookings, count: metadata?.count ?? data.length, offset, limit })
}
