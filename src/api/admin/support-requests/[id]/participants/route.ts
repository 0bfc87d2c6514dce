import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AddSupportParticipantType } from "../../../../utils/support-validators"
import { addSupportParticipantWorkflow } from "../../../../../workflows/support/workflows/change-support-request"

/** POST /admin/support-requests/:id/participants — adds the practitioner of the request's session or event. */
export async function POST(req: AuthenticatedMedusaRequest<AddSupportParticipantType>, res: MedusaResponse) {
  const { result } = await addSupportParticipantWorkflow(req.scope).run({
    input: { id: req.params.id, practitioner_id: req.validatedBody.practitioner_id },
  })
  res.json({ participant: result })
}
