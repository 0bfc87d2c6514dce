import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { holdBookingSlotWorkflow } from "../../../../../workflows/booking/workflows/hold-booking-slot"
import { StoreHoldBookingType } from "./validators"

/**
 * POST /store/carts/:id/bookings { variant_id, starts_at, timezone?, meeting_mode?, notes? }
 * Holds the time for this cart and adds the session to it; 409 when the time is taken.
 */
export async function POST(req: MedusaRequest<StoreHoldBookingType>, res: MedusaResponse) {
  const { variant_id, starts_at, timezone, meeting_mode, notes } = req.validatedBody
  const { result } = await holdBookingSlotWorkflow(req.scope).run({
    input: { cart_id: req.params.id, variant_id, starts_at, customer_timezone: timezone, meeting_mode, notes },
  })
  res.status(201).json({ booking: result })
}
