import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listFreeSlots, slotsAnswer } from "../../../../../lib/bookings/list-free-slots"
import { findMovableBooking } from "../../../../../lib/bookings/movable-booking"
import { findSessionVariantCached } from "../../../../../lib/bookings/session-variant"
import { AVAILABILITY_MODULE } from "../../../../../modules/availability"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import { StoreListMoveSlotsType } from "../../../practitioners/[handle]/slots/validators"

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
  const timezone = tz ?? booking.customer_timezone
  const slots = await listFreeSlots({
    availability: req.scope.resolve(AVAILABILITY_MODULE),
    bookings: req.scope.resolve(BOOKING_MODULE),
    session,
    from,
    to,
    displayZone: timezone,
    now: new Date(),
    ignoreBookingId: booking.id,
  })
  res.json(slotsAnswer(slots, session, { from, to }, timezone))
}
