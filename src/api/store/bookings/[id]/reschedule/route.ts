import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rescheduleBookingWorkflow } from "../../../../../workflows/booking/workflows/reschedule-booking"
import { StoreRescheduleBookingType } from "../../validators"

/** POST /store/bookings/:id/reschedule { starts_at } — move one's own session to another free time. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRescheduleBookingType>, res: MedusaResponse) {
  const { result } = await rescheduleBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id, customer_id: req.auth_context.actor_id, starts_at: req.validatedBody.starts_at },
  })
  res.json({ booking: result })
}
