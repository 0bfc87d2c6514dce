import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forPractitioner } from "../../../../../lib/bookings/practitioner-view"
import { markBookingOutcomeWorkflow } from "../../../../../workflows/booking/workflows/mark-booking-outcome"
import { VendorMarkNoShowType } from "../validators"

/** POST /vendor/bookings/:id/no-show — a practitioner marks their own session, once it has started, a no-show. */
export async function POST(req: AuthenticatedMedusaRequest<VendorMarkNoShowType>, res: MedusaResponse) {
  const { result } = await markBookingOutcomeWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, booking_id: req.params.id, outcome: "no_show" },
  })
  res.json({ booking: forPractitioner(result) })
}
