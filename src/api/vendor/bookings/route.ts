import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { VendorListBookingsType } from "../schedule/validators"

/** GET /vendor/bookings?from&to&status&order — one's own bookings, soonest (or latest) first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListBookingsType>, res: MedusaResponse) {
  const { from, to, status, order, limit, offset } = req.validatedQuery
  const { data: bookings, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: ["*"],
    filters: {
      practitioner_id: req.auth_context.actor_id,
      ...(status ? { status } : { status: ["held", "confirmed", "completed", "cancelled", "no_show"] }),
      ...startsWithin(from, to),
    },
    pagination: { skip: offset, take: limit, order: { starts_at: order === "starts_at" ? "ASC" : "DESC" } },
  })
  res.json({ bookings, count: metadata?.count ?? bookings.length, offset, limit })
}
