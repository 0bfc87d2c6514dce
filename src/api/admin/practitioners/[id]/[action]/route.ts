import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StatusAction } from "../../../../../lib/practitioners/status-transitions"
import { changePractitionerStatusWorkflow } from "../../../../../workflows/change-practitioner-status"
import { verifyPractitionerWorkflow } from "../../../../../workflows/verify-practitioner"
import { AdminPractitionerActionType } from "../../validators"

const ACTIONS: StatusAction[] = ["approve", "reject", "suspend", "reinstate"]

/** POST /admin/practitioners/:id/{approve|reject|suspend|reinstate|verify} { reason? } */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPractitionerActionType>,
  res: MedusaResponse
) {
  if (req.params.action === "verify") {
    const { result } = await verifyPractitionerWorkflow(req.scope).run({
      input: { id: req.params.id, actor_id: req.auth_context.actor_id },
    })
    res.json({ practitioner: result })
    return
  }
  const action = req.params.action as StatusAction
  if (!ACTIONS.includes(action)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Unknown action "${req.params.action}"; use one of ${[...ACTIONS, "verify"].join(", ")}.`
    )
  }
  const { result } = await changePractitionerStatusWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action,
      reason: req.validatedBody.reason ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ practitioner: result })
}
