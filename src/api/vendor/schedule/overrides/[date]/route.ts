import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeAvailabilityEntryWorkflow } from "../../../../../workflows/availability/workflows/remove-availability-entry"

/** DELETE /vendor/schedule/overrides/:date — back to the weekly hours on that date. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeAvailabilityEntryWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, kind: "override", id: req.params.date },
  })
  res.json({ date: req.params.date, deleted: true })
}
