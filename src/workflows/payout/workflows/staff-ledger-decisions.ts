import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendAdjustmentStep, releaseHeldEarningStep } from "../steps/staff-ledger-decisions"

/** Staff correct a practitioner's balance with a reason (a new entry; nothing earlier changes). */
export const recordLedgerAdjustmentWorkflow = createWorkflow(
  "record-ledger-adjustment",
  (input: { practitioner_id: string; currency_code: string; amount: string; reason: string; actor_id: string; now: Date }) => {
    return new WorkflowResponse(appendAdjustmentStep(input))
  }
)

/** Staff release the money of a session the client missed to the practitioner. */
export const releaseHeldEarningWorkflow = createWorkflow(
  "release-held-earning",
  (input: { earning_id: string; actor_id: string; now: Date }) => {
    return new WorkflowResponse(releaseHeldEarningStep(input))
  }
)
