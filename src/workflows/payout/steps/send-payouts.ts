import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "../../../lib/payouts/commission"
import { currencyDecimals } from "../../../lib/payouts/money"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { providerFor, stripeConnectClient } from "../utils/payout-providers"

export type PayoutFailure = { payout_id: string; message: string }

/**
 * Sends the Stripe payouts that have not moved money yet: new ones, ones a
 * crashed run left pending (sent again with the same idempotency key, so
 * Stripe answers the transfer it already made), and failed ones (a new
 * attempt, taken by one run only). Manual payouts wait for staff.
 */
export const sendPayoutsStep = createStep("send-payouts", async (input: { now: Date; practitioner_id?: string | null }, { container }) => {
  const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const scope = input.practitioner_id ? { practitioner_id: input.practitioner_id } : {}
  for (const failed of await service.listPayouts({ ...scope, provider: "stripe", status: "failed" })) {
    await service.movePayout({ id: failed.id, from: ["failed"], changes: { status: "pending", attempt: failed.attempt + 1 } })
  }
  const due = await service.listPayouts({ ...scope, provider: "stripe", status: "pending" })
  if (!due.length) return new StepResponse({ sent: 0, failures: [] as PayoutFailure[] })
  const stripe = stripeConnectClient()
  const accounts = await service.listPayoutAccounts({ practitioner_id: [...new Set(due.map((payout) => payout.practitioner_id))] })
  const accountOf = new Map(accounts.map((account) => [account.practitioner_id, account]))
  let sent = 0
  const failures: PayoutFailure[] = []
  for (const payout of due) {
    const account = accountOf.get(payout.practitioner_id)
    const provider = providerFor(account, stripe)
    const origin = await payoutOrigin(container, service, payout.id)
    const outcome = await provider.send({
      id: payout.id,
      attempt: payout.attempt,
      amount_minor: toMinorUnits(String(payout.amount), currencyDecimals(payout.currency_code)),
      currency_code: payout.currency_code,
      destination: account?.stripe_account_id ?? null,
      transfer_group: origin.transfer_group,
      source_transaction: origin.source_transaction,
    })
    if (outcome.status === "in_transit") {
      const moved = await service.movePayout({
        id: payout.id,
        from: ["pending"],
        changes: { status: "in_transit", transfer_id: outcome.transfer_id, ...origin, failure_message: null },
      })
      if (moved) sent += 1
    } else if (outcome.status === "failed") {
      await service.movePayout({
        id: payout.id,
        from: ["pending"],
        changes: { status: "failed", failure_message: outcome.message, failed_at: input.now },
      })
      failures.push({ payout_id: payout.id, message: outcome.message })
    }
  }
  return new StepResponse({ sent, failures })
})

/**
 * Where a payout's money came from: when all its entries are of one order,
 * that order is the transfer group and its Stripe charge the source
 * transaction (so the transfer waits for that charge's funds); otherwise
 * the payout is its own group.
 */
async function payoutOrigin(container: { resolve: (key: string) => any }, service: PayoutModuleService, payoutId: string) {
  const entries = await service.listLedgerEntries({ payout_id: payoutId }, { select: ["order_id"] })
  const orderIds = [...new Set(entries.map((entry) => entry.order_id))]
  if (orderIds.length !== 1 || !orderIds[0]) return { transfer_group: payoutId, source_transaction: null }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.provider_id", "payment_collections.payments.data"],
    filters: { id: orderIds[0] },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  const charge = payments
    .map((payment: any) => payment?.data?.latest_charge)
    .find((id: unknown) => typeof id === "string" && id.startsWith("ch_"))
  return { transfer_group: orderIds[0] as string, source_transaction: (charge as string | undefined) ?? null }
}
