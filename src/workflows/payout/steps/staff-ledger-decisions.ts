import { randomUUID } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

/** A staff correction: a signed amount of the practitioner's share with the reason, available at once. */
export const appendAdjustmentStep = createStep(
  "append-ledger-adjustment",
  async (
    input: { practitioner_id: string; currency_code: string; amount: string; reason: string; actor_id: string; now: Date },
    { container }
  ) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const key = `adjustment:${randomUUID()}`
    await service.appendLedgerEntries([
      {
        practitioner_id: input.practitioner_id,
        currency_code: input.currency_code,
        kind: "adjustment",
        gross: input.amount,
        commission: "0",
        share: input.amount,
        source: "staff adjustment",
        source_key: key,
        reason: input.reason,
        created_by: input.actor_id,
        available_at: input.now,
      },
    ])
    const [entry] = await service.listLedgerEntries({ source_key: key })
    return new StepResponse(entry)
  }
)

/** Staff decide a held earning (a no-show) is the practitioner's: available now. Only a held one moves. */
export const releaseHeldEarningStep = createStep(
  "release-held-earning",
  async (input: { earning_id: string; actor_id: string; now: Date }, { container }) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [earning] = await service.listEarnings({ id: input.earning_id })
    if (!earning) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No earning ${input.earning_id}`)
    if (earning.status !== "held") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This earning is ${earning.status}; only a held one (a no-show) is released by staff`
      )
    }
    const released = await service.updateEarnings({
      id: earning.id,
      status: "earned",
      available_at: input.now,
      status_reason: `Released by staff (${input.actor_id})`,
    })
    return new StepResponse(released)
  }
)
