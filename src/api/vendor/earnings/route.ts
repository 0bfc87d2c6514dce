import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { presentBalances, presentPayoutAccount } from "../../../workflows/payout/utils/ledger-views"
import { stripeConnectClient } from "../../../workflows/payout/utils/payout-providers"

/** GET /vendor/earnings — the practitioner's money per currency (pending, available, owed, in transit, paid) and how they are paid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const practitionerId = req.auth_context.actor_id
  const [balances, [account]] = await Promise.all([
    service.ledgerBalances({ now: new Date(), practitioner_id: practitionerId }),
    service.listPayoutAccounts({ practitioner_id: practitionerId }),
  ])
  res.json({ balances: presentBalances(balances), account: presentPayoutAccount(account, !!stripeConnectClient()) })
}
