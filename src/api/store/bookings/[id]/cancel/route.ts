import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/workflows/cancel-booking"
import { StoreCancelBookingType } from "../../validators"

/**
 * POST /store/bookings/:id/cancel { confirm?, reason? } — without confirm,
 * the refund cancelling would give now; with confirm: true, cancels and refunds.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelBookingType>, res: MedusaResponse) {
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      actor: { by: "customer", customer_id: req.auth_context.actor_id },
      reason: req.validatedBody.reason,
      confirm: req.validatedBody.confirm,
    },
  })
  const { quote, booking } = result
  res.json({
    cancelled: !!booking,
    refund: { percent: quote.percent, amount: quote.refund_amount, currency_code: quote.currency_code, of_session_total: quote.line_total },
    booking,
  })
}
