import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutSettings } from "../../../lib/payouts/payout-settings"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { presentBalances, presentPayoutAccount } from "../../../workflows/payout/utils/ledger-views"
import { stripeConnectClient } from "../../../workflows/payout/utils/payout-providers"
import { withPractitioners } from "../../../workflows/payout/utils/practitioner-names"

/**
 * GET /admin/payout-balances — every practitioner's money per currency:
 * pending, available (due at the next run when at least the minimum), owed
 * (debts), in transit and paid, with how they are paid.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const { minimum, schedule } = payoutSettings(process.env)
  const balances = presentBalances(await service.ledgerBalances({ now: new Date() }))
  const accounts = balances.length
    ? await service.listPayoutAccounts({ practitioner_id: [...new Set(balances.map((b) => b.practitioner_id))] })
    : []
  const stripe = !!stripeConnectClient()
  const rows = balances.map((balance) => ({
    ...balance,
    due_now: Number(balance.available) >= Number(minimum),
    account: presentPayoutAccount(
      accounts.find((account) => account.practitioner_id === balance.practitioner_id),
      stripe
    ),
  }))
  res.json({ balances: await withPractitioners(req.scope, rows), minimum, schedule })
}
