import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forPractitioner } from "../../../../../lib/bookings/practitioner-view"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/workflows/cancel-booking"
import { VendorCancelBookingType } from "../validators"

/** POST /vendor/bookings/:id/cancel { reason? } — a practitioner's own booking; the client is refunded in full. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCancelBookingType>, res: MedusaResponse) {
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      actor: { by: "practitioner", practitioner_id: req.auth_context.actor_id },
      reason: req.validatedBody.reason,
      confirm: true,
    },
  })
  res.json({
    booking: result.booking && forPractitioner(result.booking),
    refund: { percent: result.quote.percent, amount: result.quote.refund_amount },
  })
}
