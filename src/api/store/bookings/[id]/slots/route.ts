import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { freeSlotsAnswer } from "../../../../../lib/bookings/list-free-slots"
import { findMovableBooking } from "../../../../../lib/bookings/movable-booking"
import { findSessionVariantCached } from "../../../../../lib/bookings/session-variant"
import { StoreListMoveSlotsType } from "../../validators"

/**
 * GET /store/bookings/:id/slots?from&to&tz — the times one's own session can
 * move to: its practitioner's free times for its duration, where its own
 * current time does not count as taken. A 400 says why it cannot move now.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMoveSlotsType>, res: MedusaResponse) {
  const booking = await findMovableBooking(req.scope, req.params.id, req.auth_context.actor_id)
  const { from, to, tz } = req.validatedQuery
  const session = await findSessionVariantCached(
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    req.scope.resolve(Modules.CACHE),
    booking.variant_id
  )
  res.json(await freeSlotsAnswer(req.scope, { session, from, to, timezone: tz ?? booking.customer_timezone, ignoreBookingId: booking.id }))
}
