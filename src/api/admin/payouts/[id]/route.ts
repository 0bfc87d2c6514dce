import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutWithEntries } from "../../../../workflows/payout/utils/ledger-views"
import { withPractitioners } from "../../../../workflows/payout/utils/practitioner-names"

/** GET /admin/payouts/:id — one payout with the entries it covers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payout = await payoutWithEntries(req.scope, req.params.id, new Date(), "staff")
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payout ${req.params.id}`)
  res.json({ payout: (await withPractitioners(req.scope, [payout]))[0] })
}
