import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addEventDateWorkflow } from "../../../../../workflows/event/workflows/add-event-date"
import { VendorAddEventDateType } from "../../../../vendor/events/validators"

/** POST /admin/events/:id/dates { starts_at, ends_at, capacity } — staff add a date to any event. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAddEventDateType>, res: MedusaResponse) {
  const { result } = await addEventDateWorkflow(req.scope).run({
    input: { event_id: req.params.id, date: req.validatedBody, now: new Date() },
  })
  res.status(201).json({ event_date: result })
}
