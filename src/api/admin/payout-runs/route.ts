import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { runPayoutsWorkflow } from "../../../workflows/payout/workflows/run-payouts"
import type { StartPayoutRunType } from "../../utils/payout-validators"

/** GET /admin/payout-runs — the latest 20 runs: who was paid, skipped (and why) and what failed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const runs = await req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutRuns({}, { order: { created_at: "DESC" }, take: 20 })
  res.json({ payout_runs: runs })
}

/** POST /admin/payout-runs { practitioner_id? } — pay now: everyone due, or one practitioner. */
export async function POST(req: AuthenticatedMedusaRequest<StartPayoutRunType>, res: MedusaResponse) {
  const { result } = await runPayoutsWorkflow(req.scope).run({
    input: {
      trigger: "staff",
      now: new Date(),
      practitioner_id: req.validatedBody.practitioner_id ?? null,
      started_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ payout_run: result })
}
