import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/workflows/cancel-booking"
import { AdminCancelBookingType } from "../../validators"

/** POST /admin/bookings/:id/cancel { reason } — staff cancel a session; the client is refunded in full. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelBookingType>, res: MedusaResponse) {
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id, actor: { by: "staff" }, reason: req.validatedBody.reason, confirm: true },
  })
  res.json({ booking: result.booking, refund: { percent: result.quote.percent, amount: result.quote.refund_amount } })
}
