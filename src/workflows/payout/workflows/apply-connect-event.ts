import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyConnectEventStep, ConnectEvent, payoutOfTransferStep } from "../steps/apply-connect-event"
import { markPayoutPaidStep } from "../steps/mark-payout-paid"

export const applyConnectEventWorkflowId = "apply-connect-event"

/** A verified Stripe Connect event applied to accounts and payouts. */
export const applyConnectEventWorkflow = createWorkflow(applyConnectEventWorkflowId, (input: ConnectEvent & { now: Date }) => {
  const paid = when("transfer-paid", { input }, ({ input }) => input.type === "transfer.paid").then(() => {
    const payoutId = payoutOfTransferStep(transform({ input }, ({ input }) => ({ transfer_id: String(input.object.id) })))
    return when("our-transfer", { payoutId }, ({ payoutId }) => !!payoutId).then(() =>
      markPayoutPaidStep(transform({ input, payoutId }, ({ input, payoutId }) => ({ payout_id: payoutId!, from: ["in_transit" as const, "failed" as const, "pending" as const], now: input.now })))
    )
  })
  const applied = when("other-event", { input }, ({ input }) => input.type !== "transfer.paid").then(() => applyConnectEventStep(input))
  return new WorkflowResponse(transform({ paid, applied }, ({ paid, applied }) => ({ payout: paid ?? null, applied: applied ?? null })))
})
