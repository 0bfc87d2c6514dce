import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { withPractitioners } from "../../../workflows/payout/utils/practitioner-names"
import type { ListPayoutsType } from "../../utils/payout-validators"

/** GET /admin/payouts?status&practitioner_id&limit&offset — payouts, newest first, failures with Stripe's message. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListPayoutsType>, res: MedusaResponse) {
  const { limit, offset, status, practitioner_id } = req.validatedQuery
  const [payouts, count] = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listAndCountPayouts(
      { ...(status ? { status } : {}), ...(practitioner_id ? { practitioner_id } : {}) },
      { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
    )
  const rows = payouts.map((payout) => ({ ...payout, amount: String(payout.amount) }))
  res.json({ payouts: await withPractitioners(req.scope, rows), count, limit, offset })
}
