import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setEventDateCapacityWorkflow } from "../../../../../workflows/event/workflows/set-event-date-capacity"
import { VendorSetDateCapacityType } from "../../validators"

/** POST /vendor/events/dates/:id { capacity } — a host changes how many seats a date of theirs has (never below what is taken). */
export async function POST(req: AuthenticatedMedusaRequest<VendorSetDateCapacityType>, res: MedusaResponse) {
  const { result } = await setEventDateCapacityWorkflow(req.scope).run({
    input: {
      event_date_id: req.params.id,
      host_practitioner_id: req.auth_context.actor_id,
      capacity: req.validatedBody.capacity,
      now: new Date(),
    },
  })
  res.json({ event_date: result })
}
