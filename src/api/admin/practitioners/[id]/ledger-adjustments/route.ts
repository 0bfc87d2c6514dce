import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordLedgerAdjustmentWorkflow } from "../../../../../workflows/payout/workflows/staff-ledger-decisions"
import type { LedgerAdjustmentType } from "../../../../utils/payout-validators"

/** POST /admin/practitioners/:id/ledger-adjustments { currency_code, amount, reason } — a correction of their balance. */
export async function POST(req: AuthenticatedMedusaRequest<LedgerAdjustmentType>, res: MedusaResponse) {
  await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "practitioner", fields: ["id"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const { result } = await recordLedgerAdjustmentWorkflow(req.scope).run({
    input: { practitioner_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id, now: new Date() },
  })
  res.status(201).json({ ledger_entry: result })
}
