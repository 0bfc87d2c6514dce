import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentTickets } from "../../../../../workflows/event/utils/present-tickets"
import { StoreListMyTicketsType } from "./validators"

/**
 * GET /store/customers/me/tickets?status=upcoming|past — the shopper's own
 * tickets with their QR codes, soonest first (latest first for past ones).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMyTicketsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const now = new Date()
  const when = status === "past" ? { ends_at: { $lte: now } } : status === "upcoming" ? { ends_at: { $gt: now } } : {}
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "event_ticket",
    fields: [...req.queryConfig.fields, "code_revoked_at"],
    filters: { customer_id: req.auth_context.actor_id, ...(status ? { event_date: when } : {}) },
    pagination: { skip: offset, take: limit, order: { event_date: { starts_at: status === "past" ? "DESC" : "ASC" } } },
  })
  res.json({ tickets: await presentTickets(data), count: metadata?.count ?? data.length, offset, limit })
}
