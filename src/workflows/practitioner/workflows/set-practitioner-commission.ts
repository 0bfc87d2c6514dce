import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setCommissionRuleStep } from "../../payout/steps/set-commission-rule"
import { notifyPractitionerStep } from "../steps/notify-practitioner"

export const setPractitionerCommissionWorkflowId = "set-practitioner-commission"

/**
 * Staff set a practitioner's own commission in basis points (their rule for
 * every category without a more specific one), or clear it (null) so the
 * category or platform rule applies. Emits `practitioner.commission_set`.
 */
export const setPractitionerCommissionWorkflow = createWorkflow(
  setPractitionerCommissionWorkflowId,
  (input: { id: string; rate_bps: number | null; actor_id: string }) => {
    const rule = setCommissionRuleStep(
      transform({ input }, ({ input }) => ({
        practitioner_id: input.id,
        category_id: null,
        rate_bps: input.rate_bps,
        actor_id: input.actor_id,
      }))
    )
    emitEventStep({ eventName: "practitioner.commission_set", data: input })
    notifyPractitionerStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        happened: "commission_set",
        data: { rate_bps: input.rate_bps },
      }))
    )
    return new WorkflowResponse(rule)
  }
)
