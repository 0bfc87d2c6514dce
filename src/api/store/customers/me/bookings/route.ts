import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withDetailsFor } from "../../../../../lib/bookings/booking-view"
import { shopperBookingFilters } from "../../../../../lib/bookings/list-filters"
import { StoreListMyBookingsType } from "../../../bookings/validators"

/**
 * GET /store/customers/me/bookings?status=upcoming|past|cancelled — the
 * shopper's own sessions from placed orders, with their practitioner.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMyBookingsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const filters = shopperBookingFilters(req.auth_context.actor_id, status, new Date())
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bookings, metadata } = await query.graph({
    entity: "booking",
    fields: ["*"],
    filters: filters as never,
    pagination: { skip: offset, take: limit, order: { starts_at: status === "past" ? "DESC" : "ASC" } },
  })
  res.json({
    bookings: await withDetailsFor("shopper", query, bookings),
    count: metadata?.count ?? bookings.length,
    offset,
    limit,
  })
}
