import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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

/**
 * GET /store/carts/:id/bookings — the sessions held in this cart, each with
 * the cart line that carries it (line_item_id) and its current time.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: bookings } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: { cart_id: req.params.id, status: "held" },
    pagination: { order: { starts_at: "ASC" } },
  })
  res.json({ bookings })
}
