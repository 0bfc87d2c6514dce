import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addEventDateWorkflow } from "../../../../../workflows/event/workflows/add-event-date"
import { VendorAddEventDateType } from "../../validators"

/** POST /vendor/events/:id/dates { starts_at, ends_at, capacity } — a host adds a date to their own event, sold at its ticket types' prices. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAddEventDateType>, res: MedusaResponse) {
  const { result } = await addEventDateWorkflow(req.scope).run({
    input: { event_id: req.params.id, host_practitioner_id: req.auth_context.actor_id, date: req.validatedBody, now: new Date() },
  })
  res.status(201).json({ event_date: result })
}
