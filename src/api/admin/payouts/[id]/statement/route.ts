import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutStatement } from "../../../../../workflows/payout/utils/payout-statement"

/** GET /admin/payouts/:id/statement — the payout's statement as a PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendPayoutStatement(req.scope, res, req.params.id)
}
