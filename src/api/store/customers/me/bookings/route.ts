import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withPractitioners } from "../../../../../lib/bookings/booking-view"
import { StoreListMyBookingsType } from "../../../bookings/validators"

const ORDERED = ["confirmed", "completed", "cancelled", "no_show"]

/**
 * GET /store/customers/me/bookings?status=upcoming|past|cancelled — the
 * shopper's own sessions from placed orders, with their practitioner.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMyBookingsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const now = new Date()
  const filters: Record<string, unknown> = { customer_id: req.auth_context.actor_id, order_id: { $ne: null } }
  if (status === "upcoming") Object.assign(filters, { status: "confirmed", starts_at: { $gte: now } })
  else if (status === "past") Object.assign(filters, { status: ["confirmed", "completed", "no_show"], starts_at: { $lt: now } })
  else if (status === "cancelled") Object.assign(filters, { status: "cancelled" })
  else Object.assign(filters, { status: ORDERED })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bookings, metadata } = await query.graph({
    entity: "booking",
    fields: ["*"],
    filters,
    pagination: { skip: offset, take: limit, order: { starts_at: status === "past" ? "DESC" : "ASC" } },
  })
  res.json({
    bookings: await withPractitioners(query, bookings),
    count: metadata?.count ?? bookings.length,
    offset,
    limit,
  })
}
