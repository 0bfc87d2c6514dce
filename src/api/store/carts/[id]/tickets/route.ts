import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { holdEventSeatsWorkflow } from "../../../../../workflows/event/workflows/hold-event-seats"
import { StoreHoldTicketsType } from "./validators"

/**
 * POST /store/carts/:id/tickets { variant_id, attendees: [{ name, email? }], waitlist_token? }
 * Holds one seat per attendee for this cart and adds the tickets as one line;
 * 409 when the seats are not there. A waitlist offer's token takes the seats
 * the offer keeps (once).
 */
export async function POST(req: MedusaRequest<StoreHoldTicketsType>, res: MedusaResponse) {
  const { variant_id, attendees, waitlist_token } = req.validatedBody
  const { result } = await holdEventSeatsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, variant_id, attendees, waitlist_token, now: new Date() },
  })
  res.status(201).json({ seat_hold: result })
}

/** GET /store/carts/:id/tickets — the tickets held in this cart, each with the line that carries it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: seat_holds } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event_seat_hold",
    fields: req.queryConfig.fields,
    filters: { cart_id: req.params.id, status: "held" },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ seat_holds })
}
