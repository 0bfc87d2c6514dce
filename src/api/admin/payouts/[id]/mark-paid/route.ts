import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout/workflows/mark-payout-paid"
import type { MarkPayoutPaidType } from "../../../../utils/payout-validators"

/** POST /admin/payouts/:id/mark-paid { reference } — a manual payout was paid by bank transfer. */
export async function POST(req: AuthenticatedMedusaRequest<MarkPayoutPaidType>, res: MedusaResponse) {
  const { result } = await markPayoutPaidWorkflow(req.scope).run({
    input: { payout_id: req.params.id, reference: req.validatedBody.reference, paid_by: req.auth_context.actor_id, now: new Date() },
  })
  res.json({ payout: { ...result, amount: String(result.amount) } })
}
