import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VendorListBookingsType } from "../schedule/validators"

/** GET /vendor/bookings?from&to&status — one's own bookings, soonest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListBookingsType>, res: MedusaResponse) {
  const { from, to, status, limit, offset } = req.validatedQuery
  const starts: Record<string, Date> = {}
  if (from) starts.$gte = new Date(from)
  if (to) starts.$lt = new Date(to)
  const { data: bookings, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: ["*"],
    filters: {
      practitioner_id: req.auth_context.actor_id,
      ...(status ? { status } : { status: ["held", "confirmed", "completed", "cancelled", "no_show"] }),
      ...(from || to ? { starts_at: starts } : {}),
    },
    pagination: { skip: offset, take: limit, order: { starts_at: "ASC" } },
  })
  res.json({ bookings, count: metadata?.count ?? bookings.length, offset, limit })
}
