import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { StatusAction } from "../../../../../lib/practitioners/status-transitions"
import { changePractitionerStatusWorkflow } from "../../../../../workflows/practitioner/workflows/change-practitioner-status"
import { setPractitionerCommissionWorkflow } from "../../../../../workflows/practitioner/workflows/set-practitioner-commission"
import { verifyPractitionerWorkflow } from "../../../../../workflows/practitioner/workflows/verify-practitioner"
import { AdminPractitionerActionType } from "../../validators"

const ACTIONS: StatusAction[] = ["approve", "reject", "suspend", "reinstate"]

/**
 * POST /admin/practitioners/:id/{approve|reject|suspend|reinstate|verify} { reason? }
 * POST /admin/practitioners/:id/commission { commission_rate }
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPractitionerActionType>,
  res: MedusaResponse
) {
  if (req.params.action === "commission") {
    if (req.validatedBody.commission_rate === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Send commission_rate: a fraction from 0 to 1, or null for the platform default."
      )
    }
    const { result } = await setPractitionerCommissionWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        commission_rate: req.validatedBody.commission_rate,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.json({ practitioner: result })
    return
  }
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
      `Unknown action "${req.params.action}"; use one of ${[...ACTIONS, "verify", "commission"].join(", ")}.`
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
