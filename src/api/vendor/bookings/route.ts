import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { VendorListBookingsType } from "../schedule/validators"

/** GET /vendor/bookings?from&to&status — one's own bookings, soonest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListBookingsType>, res: MedusaResponse) {
  const { from, to, status, limit, offset } = req.validatedQuery
  const { data: bookings, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: ["*"],
    filters: {
      practitioner_id: req.auth_context.actor_id,
      ...(status ? { status } : { status: ["held", "confirmed", "completed", "cancelled", "no_show"] }),
      ...startsWithin(from, to),
    },
    pagination: { skip: offset, take: limit, order: { starts_at: "ASC" } },
  })
  res.json({ bookings, count: metadata?.count ?? bookings.length, offset, limit })
}
