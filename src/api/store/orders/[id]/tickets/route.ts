import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentTickets } from "../../../../../workflows/event/utils/present-tickets"

/**
 * GET /store/orders/:id/tickets — the tickets bought in this order, with
 * their QR codes, for whoever holds its id (the confirmation page, a guest
 * too, as Medusa's own order lookup allows).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event_ticket",
    fields: [...req.queryConfig.fields, "code_revoked_at"],
    filters: { order_id: req.params.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ tickets: await presentTickets(data) })
}
