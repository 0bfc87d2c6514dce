import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const STAFF_TICKET_FIELDS = [
  "id",
  "status",
  "attendee_name",
  "attendee_email",
  "checked_in_at",
  "checked_in_by",
  "cancelled_at",
  "refund_amount",
  "ticket_type.name",
  "event_date.id",
  "event_date.starts_at",
  "event_date.ends_at",
  "event_date.status",
  "event_date.event.id",
  "event_date.event.title",
  "event_date.event.timezone",
]

/** GET /admin/orders/:id/tickets — the tickets bought in an order, for the order page: who, which date, checked in, cancelled and refunded. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: tickets } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event_ticket",
    fields: STAFF_TICKET_FIELDS,
    filters: { order_id: req.params.id },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ tickets })
}
