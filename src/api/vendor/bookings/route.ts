import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withDetailsFor } from "../../../lib/bookings/booking-view"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { VendorListBookingsType } from "../schedule/validators"

/** GET /vendor/bookings?from&to&status&order — one's own bookings with the client's name and the offering, soonest (or latest) first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListBookingsType>, res: MedusaResponse) {
  const { from, to, status, order, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "booking",
    fields: ["*"],
    filters: {
      practitioner_id: req.auth_context.actor_id,
      ...(status ? { status } : { status: ["held", "confirmed", "completed", "cancelled", "no_show"] }),
      ...startsWithin(from, to),
    },
    pagination: { skip: offset, take: limit, order: { starts_at: order === "starts_at" ? "ASC" : "DESC" } },
  })
  res.json({ bookings: await withDetailsFor("practitioner", query, data), count: metadata?.count ?? data.length, offset, limit })
}
