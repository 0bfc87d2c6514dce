import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forPractitioner } from "../../../../../lib/bookings/practitioner-view"
import { markBookingOutcomeWorkflow } from "../../../../../workflows/booking/workflows/mark-booking-outcome"
import { VendorCompleteBookingType } from "../validators"

/** POST /vendor/bookings/:id/complete — a practitioner marks their own session, once it has started, completed. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCompleteBookingType>, res: MedusaResponse) {
  const { result } = await markBookingOutcomeWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, booking_id: req.params.id, outcome: "completed" },
  })
  res.json({ booking: forPractitioner(result) })
}
