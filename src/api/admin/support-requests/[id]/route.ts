import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessToRequest } from "../../../../workflows/support/utils/support-access"
import { addablePractitioners, presentRequestForStaff, presentThread } from "../../../../workflows/support/utils/support-views"
import { updateSupportRequestWorkflow } from "../../../../workflows/support/workflows/change-support-request"
import type { UpdateSupportRequestType } from "../../../utils/support-validators"

/** GET /admin/support-requests/:id — the request with its whole thread (internal notes too) and who could be added to it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { request } = await accessToRequest(req.scope, req.params.id, { type: "staff", id: req.auth_context.actor_id })
  res.json({
    support_request: {
      ...presentRequestForStaff(request, new Date()),
      ...(await presentThread(req.scope, request, "staff")),
      addable_practitioner_ids: await addablePractitioners(req.scope, request),
    },
  })
}

/** POST /admin/support-requests/:id — assign (null unassigns), set priority or status. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateSupportRequestType>, res: MedusaResponse) {
  const { result } = await updateSupportRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, now: new Date() },
  })
  res.json({ support_request: presentRequestForStaff(result, new Date()) })
}
