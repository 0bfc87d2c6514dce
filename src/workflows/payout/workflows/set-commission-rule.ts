import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setCommissionRuleStep } from "../steps/set-commission-rule"

export const setCommissionRuleWorkflowId = "set-commission-rule"

/** Staff set or remove (rate_bps null) the commission rule of a practitioner, a category, both, or the platform. */
export const setCommissionRuleWorkflow = createWorkflow(
  setCommissionRuleWorkflowId,
  (input: {
    practitioner_id: string | null
    category_id: string | null
    rate_bps: number | null
    note?: string | null
    actor_id: string
  }) => {
    const rule = setCommissionRuleStep(input)
    emitEventStep({ eventName: "commission_rule.set", data: input })
    return new WorkflowResponse(rule)
  }
)
