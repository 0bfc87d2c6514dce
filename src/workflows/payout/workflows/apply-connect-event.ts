import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyConnectEventStep, ConnectEvent, paidPayoutOfEventStep } from "../steps/apply-connect-event"
import { markPayoutPaidStep } from "../steps/mark-payout-paid"

export const applyConnectEventWorkflowId = "apply-connect-event"

/** A verified Stripe Connect event applied to accounts and payouts. */
export const applyConnectEventWorkflow = createWorkflow(applyConnectEventWorkflowId, (input: ConnectEvent & { now: Date }) => {
  const applied = applyConnectEventStep(input)
  const payoutId = paidPayoutOfEventStep(input)
  const paid = when("our-transfer-paid", { payoutId }, ({ payoutId }) => !!payoutId).then(() =>
    markPayoutPaidStep(
      transform({ input, payoutId }, ({ input, payoutId }) => ({
        payout_id: payoutId!,
        // Stripe has the last word: a payout it says was paid is paid, whatever this side last recorded.
        from: ["in_transit" as const, "failed" as const, "pending" as const],
        now: input.now,
      }))
    )
  )
  return new WorkflowResponse(transform({ paid, applied }, ({ paid, applied }) => ({ payout: paid ?? null, applied: applied.applied })))
})
