import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutSettings } from "../../../lib/payouts/payout-settings"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { stripeConnectClient } from "../utils/payout-providers"

export type SkippedPayout = { practitioner_id: string; currency_code: string; reason: string }

/**
 * Opens a payout for every practitioner and currency with money available
 * at `now` (or for one practitioner): at least the minimum, and — for a
 * Stripe account — one Stripe lets receive payouts; the others are skipped
 * with the reason and keep their money for the next run. Two runs at once
 * attach each entry to one payout only (see PayoutModuleService.openPayout).
 */
export const openDuePayoutsStep = createStep(
  "open-due-payouts",
  async (input: { run_id: string; now: Date; practitioner_id?: string | null }, { container }) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const { minimum } = payoutSettings(process.env)
    const stripeConfigured = !!stripeConnectClient()
    const payable = await service.payableAccounts({ now: input.now, practitioner_id: input.practitioner_id ?? undefined })
    const accounts = payable.length
      ? await service.listPayoutAccounts({ practitioner_id: [...new Set(payable.map((row) => row.practitioner_id))] })
      : []
    const accountOf = new Map(accounts.map((account) => [account.practitioner_id, account]))
    const opened: string[] = []
    const skipped: SkippedPayout[] = []
    for (const row of payable) {
      const account = accountOf.get(row.practitioner_id)
      const viaStripe = account?.provider === "stripe" && stripeConfigured
      if (viaStripe && !account.payouts_enabled) {
        const due = (account.requirements_due as string[]).join(", ")
        skipped.push({
          ...pick(row),
          reason: `Stripe account restricted${account.disabled_reason ? ` (${account.disabled_reason})` : ""}${due ? `: ${due} due` : ""}`,
        })
        continue
      }
      const payout = await service.openPayout({
        practitioner_id: row.practitioner_id,
        currency_code: row.currency_code,
        now: input.now,
        minimum,
        provider: viaStripe ? "stripe" : "manual",
        run_id: input.run_id,
      })
      if (payout) opened.push(payout.id)
      else
        skipped.push({
          ...pick(row),
          reason: `Below the minimum payout of ${minimum} ${row.currency_code.toUpperCase()} (available ${row.available})`,
        })
    }
    return new StepResponse({ opened, skipped })
  }
)

const pick = (row: { practitioner_id: string; currency_code: string }) => ({
  practitioner_id: row.practitioner_id,
  currency_code: row.currency_code,
})
