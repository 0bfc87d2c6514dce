import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelWholeEventDate } from "../../../../../../workflows/event/utils/cancel-whole-date"
import { CancelEventDateType } from "../../../../../utils/event-cancellation-validators"

/** POST /admin/events/dates/:id/cancel { reason } — staff cancel a date: every ticket refunded in full, attendees and the waitlist told. */
export async function POST(req: AuthenticatedMedusaRequest<CancelEventDateType>, res: MedusaResponse) {
  const result = await cancelWholeEventDate(req.scope, {
    event_date_id: req.params.id,
    actor: { by: "staff" },
    reason: req.validatedBody.reason,
  })
  res.json({ event_date_cancellation: result })
}
