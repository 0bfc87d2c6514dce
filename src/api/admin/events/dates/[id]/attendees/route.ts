import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dateAttendees } from "../../../../../../workflows/event/utils/date-attendees"
import { sendAttendees } from "../../../../../utils/attendees-response"
import { ListAttendeesType } from "../../../../../vendor/events/validators"

/** GET /admin/events/dates/:id/attendees?format=json|csv — who holds a ticket to any date. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListAttendeesType>, res: MedusaResponse) {
  sendAttendees(res, await dateAttendees(req.scope, { event_date_id: req.params.id }), req.validatedQuery.format)
}
