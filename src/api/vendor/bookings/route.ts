import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startsWithin } from "../../../lib/bookings/list-filters"
import { BOOKING_STATUSES } from "../../../modules/booking/statuses"
import { presentBookings } from "../../../workflows/booking/utils/present-bookings"
import { VendorListBookingsType } from "../schedule/validators"

/** Every status but an abandoned hold's. */
const SHOWN = BOOKING_STATUSES.filter((status) => status !== "expired")

/** GET /vendor/bookings?from&to&status&order — one's own bookings with the client's name and the offering, soonest (or latest) first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListBookingsType>, res: MedusaResponse) {
  const { from, to, status, limit, offset } = req.validatedQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: { practitioner_id: req.auth_context.actor_id, status: status ?? SHOWN, ...startsWithin(from, to) },
    pagination: req.queryConfig.pagination,
  })
  const bookings = await presentBookings(req.scope, "practitioner", data, req.queryConfig.fields, new Date())
  res.json({ bookings, count: metadata?.count ?? data.length, offset, limit })
}
