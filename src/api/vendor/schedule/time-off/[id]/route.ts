import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeAvailabilityEntryWorkflow } from "../../../../../workflows/availability/workflows/remove-availability-entry"

/** DELETE /vendor/schedule/time-off/:id — one's own entry only. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeAvailabilityEntryWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, kind: "time_off", id: req.params.id },
  })
  res.json({ id: req.params.id, deleted: true })
}
