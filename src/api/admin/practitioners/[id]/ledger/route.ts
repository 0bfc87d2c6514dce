import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { practitionerLedger } from "../../../../../workflows/payout/utils/ledger-views"
import { sendLedger } from "../../../../utils/ledger-response"
import type { ListLedgerType } from "../../../../utils/payout-validators"

/** GET /admin/practitioners/:id/ledger?currency_code&limit&offset&format — one practitioner's ledger, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListLedgerType>, res: MedusaResponse) {
  const { limit, offset, currency_code, format } = req.validatedQuery
  const page = await practitionerLedger(req.scope, {
    practitioner_id: req.params.id,
    currency_code,
    limit,
    offset,
    now: new Date(),
    audience: "staff",
  })
  sendLedger(res, page, format, `ledger-${req.params.id}`)
}
