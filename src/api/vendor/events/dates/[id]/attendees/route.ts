import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dateAttendees } from "../../../../../../workflows/event/utils/date-attendees"
import { sendAttendees } from "../../../../../utils/attendees-response"
import { ListAttendeesType } from "../../../validators"

/** GET /vendor/events/dates/:id/attendees?format=json|csv — who holds a ticket to a date of the host's own event. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListAttendeesType>, res: MedusaResponse) {
  const list = await dateAttendees(req.scope, { event_date_id: req.params.id, host_practitioner_id: req.auth_context.actor_id })
  sendAttendees(res, list, req.validatedQuery.format)
}
