import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export type ConnectEvent = { type: string; object: Record<string, any> }

/**
 * What a Connect event changes: `account.updated` the account's state
 * (charges and payouts enabled, requirements due); `transfer.failed` a
 * transfer in transit to failed, with Stripe's message (the next run tries
 * again). `transfer.paid` is handled by markPayoutPaidStep. Other events
 * change nothing.
 */
export const applyConnectEventStep = createStep("apply-connect-event", async (event: ConnectEvent, { container }) => {
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const object = event.object
  if (event.type === "account.updated") {
    const [account] = await service.listPayoutAccounts({ stripe_account_id: String(object.id) })
    if (!account) return new StepResponse({ applied: false })
    const requirements = object.requirements ?? {}
    await service.updatePayoutAccounts({
      id: account.id,
      charges_enabled: !!object.charges_enabled,
      payouts_enabled: !!object.payouts_enabled,
      details_submitted: !!object.details_submitted,
      requirements_due: [...new Set([...(requirements.past_due ?? []), ...(requirements.currently_due ?? [])])].map(String),
      disabled_reason: requirements.disabled_reason ?? null,
    })
    return new StepResponse({ applied: true })
  }
  if (event.type === "transfer.failed") {
    const [payout] = await service.listPayouts({ transfer_id: String(object.id) })
    if (!payout) return new StepResponse({ applied: false })
    const message = object.failure_message ?? object.failure_code ?? "Stripe reported the transfer failed"
    const applied = await service.movePayout({
      id: payout.id,
      from: ["in_transit"],
      changes: { status: "failed", failure_message: String(message), failed_at: new Date() },
    })
    return new StepResponse({ applied })
  }
  return new StepResponse({ applied: false })
})

/** The payout a `transfer.paid` event says was paid, if it is ours (null for any other event). */
export const paidPayoutOfEventStep = createStep("paid-payout-of-event", async (event: ConnectEvent, { container }) => {
  if (event.type !== "transfer.paid") return new StepResponse(null)
  const [payout] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayouts({ transfer_id: String(event.object.id) })
  return new StepResponse(payout?.id ?? null)
})
