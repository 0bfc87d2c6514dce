import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leaveEventWaitlistWorkflow } from "../../../../../../workflows/event/workflows/leave-event-waitlist"

/** DELETE /store/customers/me/waitlist/:id — leaves a waitlist; seats an offer kept go to the next in line. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await leaveEventWaitlistWorkflow(req.scope).run({
    input: { entry_id: req.params.id, customer_id: req.auth_context.actor_id, now: new Date() },
  })
  res.json({ id: req.params.id, object: "event_waitlist_entry", deleted: true })
}
