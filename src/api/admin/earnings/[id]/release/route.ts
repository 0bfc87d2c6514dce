import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseHeldEarningWorkflow } from "../../../../../workflows/payout/workflows/staff-ledger-decisions"

/** POST /admin/earnings/:id/release — the money of a session the client missed goes to the practitioner now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await releaseHeldEarningWorkflow(req.scope).run({
    input: { earning_id: req.params.id, actor_id: req.auth_context.actor_id, now: new Date() },
  })
  res.json({ earning: result })
}
