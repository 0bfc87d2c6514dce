import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import type { ListPayoutsType } from "../../../utils/payout-validators"

/** GET /vendor/earnings/payouts?status&limit&offset — the practitioner's own payouts, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListPayoutsType>, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery
  const [payouts, count] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listAndCountPayouts(
      { practitioner_id: req.auth_context.actor_id, ...(status ? { status } : {}) },
      { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
    )
  res.json({ payouts: payouts.map((payout) => ({ ...payout, amount: String(payout.amount) })), count, limit, offset })
}
