import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutStatement } from "../../../../../../workflows/payout/utils/payout-statement"

/** GET /vendor/earnings/payouts/:id/statement — the practitioner's own payout statement as a PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendPayoutStatement(req.scope, res, req.params.id, req.auth_context.actor_id)
}
