import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markPayoutPaidStep } from "../steps/mark-payout-paid"

export const markPayoutPaidWorkflowId = "mark-payout-paid"

/** Staff record a manual payout as paid by bank transfer, with their reference. */
export const markPayoutPaidWorkflow = createWorkflow(
  markPayoutPaidWorkflowId,
  (input: { payout_id: string; reference: string; paid_by: string; now: Date }) => {
    return new WorkflowResponse(
      markPayoutPaidStep({
        payout_id: input.payout_id,
        from: ["pending"],
        now: input.now,
        reference: input.reference,
        paid_by: input.paid_by,
      })
    )
  }
)
