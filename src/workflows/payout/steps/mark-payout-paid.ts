import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutStatus } from "../../../modules/payout/values"

/**
 * A payout reached the practitioner: Stripe said its transfer was paid, or
 * staff paid it by bank transfer with their reference. It moves to paid
 * once (a conditional update), and the ledger gets its payout entry.
 */
export const markPayoutPaidStep = createStep(
  "mark-payout-paid",
  async (
    input: { payout_id: string; from: PayoutStatus[]; now: Date; reference?: string | null; paid_by?: string | null },
    { container }
  ) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const moved = await service.movePayout({
      id: input.payout_id,
      from: input.from,
      changes: {
        status: "paid",
        paid_at: input.now,
        reference: input.reference ?? null,
        paid_by: input.paid_by ?? null,
        failure_message: null,
      },
    })
    const payout = await service.retrievePayout(input.payout_id)
    if (!moved) {
      if (payout.status === "paid") return new StepResponse(payout)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This payout is ${payout.status}; only a ${input.from.join(" or ")} payout can be marked paid`
      )
    }
    const amount = String(payout.amount)
    await service.appendLedgerEntries([
      {
        practitioner_id: payout.practitioner_id,
        currency_code: payout.currency_code,
        kind: "payout",
        gross: `-${amount}`,
        commission: "0",
        share: `-${amount}`,
        source: payout.provider === "stripe" ? `transfer ${payout.transfer_id}` : `bank transfer ${input.reference ?? ""}`.trim(),
        source_key: `payout:${payout.id}`,
        created_by: input.paid_by ?? null,
        available_at: input.now,
        payout_id: payout.id,
      },
    ])
    return new StepResponse(payout)
  }
)
