import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPaymentRefundsStep } from "../steps/record-payment-refunds"

export const recordPaymentRefundsWorkflowId = "record-payment-refunds"

/** The ledger's side of a payment's refunds: each practitioner's part taken back, reversed or owed. */
export const recordPaymentRefundsWorkflow = createWorkflow(recordPaymentRefundsWorkflowId, (input: { payment_id: string; now: Date }) => {
  return new WorkflowResponse(recordPaymentRefundsStep(input))
})
