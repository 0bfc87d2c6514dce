import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setEventDateCapacityWorkflow } from "../../../../../workflows/event/workflows/set-event-date-capacity"
import { VendorSetDateCapacityType } from "../../../../vendor/events/validators"

/** POST /admin/events/dates/:id { capacity } — staff change any date's capacity (never below what is taken). */
export async function POST(req: AuthenticatedMedusaRequest<VendorSetDateCapacityType>, res: MedusaResponse) {
  const { result } = await setEventDateCapacityWorkflow(req.scope).run({
    input: { event_date_id: req.params.id, capacity: req.validatedBody.capacity, now: new Date() },
  })
  res.json({ event_date: result })
}
