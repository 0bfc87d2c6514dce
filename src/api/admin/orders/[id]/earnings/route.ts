import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../../modules/payout"
import type PayoutModuleService from "../../../../../modules/payout/service"
import { presentLedgerEntries } from "../../../../../workflows/payout/utils/ledger-views"
import { withPractitioners } from "../../../../../workflows/payout/utils/practitioner-names"

/** GET /admin/orders/:id/earnings — who earns what from the order: each line's commission and share, and its state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const entries = await req.scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listLedgerEntries({ order_id: req.params.id }, { order: { created_at: "ASC", id: "ASC" } })
  res.json({ earnings: await withPractitioners(req.scope, await presentLedgerEntries(req.scope, entries, new Date(), "staff")) })
}
