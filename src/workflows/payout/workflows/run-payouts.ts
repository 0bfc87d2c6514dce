import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutRunTrigger } from "../../../modules/payout/values"
import { openDuePayoutsStep } from "../steps/open-due-payouts"
import { finishPayoutRunStep, startPayoutRunStep } from "../steps/payout-run-records"
import { sendPayoutsStep } from "../steps/send-payouts"

export const runPayoutsWorkflowId = "run-payouts"

export type RunPayoutsInput = { trigger: PayoutRunTrigger; now: Date; practitioner_id?: string | null; started_by?: string | null }

/**
 * A payout run: opens a payout of what each practitioner has available (or
 * one practitioner: staff's "pay now"), sends the Stripe ones, and records
 * who was paid, who was skipped and why, and what failed. Idempotent and
 * resumable: a rerun after a crash pays nobody twice.
 */
export const runPayoutsWorkflow = createWorkflow(runPayoutsWorkflowId, (input: RunPayoutsInput) => {
  const run = startPayoutRunStep(input)
  const opened = openDuePayoutsStep(
    transform({ input, run }, ({ input, run }) => ({ run_id: run.id, now: input.now, practitioner_id: input.practitioner_id }))
  )
  const sent = sendPayoutsStep(transform({ input, opened }, ({ input }) => ({ now: input.now, practitioner_id: input.practitioner_id })))
  const finished = finishPayoutRunStep(
    transform({ input, run, opened, sent }, ({ input, run, opened, sent }) => ({
      run_id: run.id,
      now: input.now,
      opened: opened.opened,
      skipped: opened.skipped,
      sent: sent.sent,
      failures: sent.failures,
    }))
  )
  return new WorkflowResponse(finished)
})
