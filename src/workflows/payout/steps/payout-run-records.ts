import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutRunTrigger } from "../../../modules/payout/values"
import type { SkippedPayout } from "./open-due-payouts"
import type { PayoutFailure } from "./send-payouts"

export const startPayoutRunStep = createStep(
  "start-payout-run",
  async (input: { trigger: PayoutRunTrigger; practitioner_id?: string | null; started_by?: string | null }, { container }) => {
    const run = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).createPayoutRuns({
      trigger: input.trigger,
      practitioner_id: input.practitioner_id ?? null,
      started_by: input.started_by ?? null,
    })
    return new StepResponse(run)
  }
)

export const finishPayoutRunStep = createStep(
  "finish-payout-run",
  async (
    input: { run_id: string; now: Date; opened: string[]; skipped: SkippedPayout[]; sent: number; failures: PayoutFailure[] },
    { container }
  ) => {
    const run = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).updatePayoutRuns({
      id: input.run_id,
      finished_at: input.now,
      payouts_created: input.opened.length,
      payouts_sent: input.sent,
      skipped: { items: input.skipped },
      failures: { items: input.failures },
    })
    return new StepResponse(run)
  }
)
