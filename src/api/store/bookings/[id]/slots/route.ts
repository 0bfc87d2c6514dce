import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findMovableBooking } from "../../../../../workflows/booking/utils/find-movable-booking"
import { findSessionVariantCached } from "../../../../../workflows/booking/utils/find-session-variant"
import { freeSlotsAnswer } from "../../../../../workflows/booking/utils/list-free-slots"
import { StoreListMoveSlotsType } from "../../validators"

/**
 * GET /store/bookings/:id/slots?from&to&tz — the times one's own session can
 * move to: its practitioner's free times for its duration, where its own
 * current time does not count as taken. A 400 says why it cannot move now.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMoveSlotsType>, res: MedusaResponse) {
  const now = new Date()
  const booking = await findMovableBooking(req.scope, { bookingId: req.params.id, customerId: req.auth_context.actor_id, now })
  const { from, to, tz } = req.validatedQuery
  const session = await findSessionVariantCached(req.scope, booking.variant_id)
  res.json(
    await freeSlotsAnswer(req.scope, { session, from, to, timezone: tz ?? booking.customer_timezone, now, ignoreBookingId: booking.id })
  )
}
