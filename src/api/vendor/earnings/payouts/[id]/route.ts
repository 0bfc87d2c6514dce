import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutWithEntries } from "../../../../../workflows/payout/utils/ledger-views"

/** GET /vendor/earnings/payouts/:id — one of the practitioner's payouts with the entries it covers (another's answers 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payout = await payoutWithEntries(req.scope, req.params.id, new Date(), "practitioner", req.auth_context.actor_id)
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payout ${req.params.id} of yours`)
  res.json({ payout })
}
