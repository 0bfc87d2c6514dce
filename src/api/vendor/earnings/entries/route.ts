import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { practitionerLedger } from "../../../../workflows/payout/utils/ledger-views"
import type { ListLedgerType } from "../../../utils/payout-validators"
import { sendLedger } from "../../../utils/ledger-response"

/** GET /vendor/earnings/entries?currency_code&limit&offset&format=json|csv — the practitioner's own ledger, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListLedgerType>, res: MedusaResponse) {
  const { limit, offset, currency_code, format } = req.validatedQuery
  const page = await practitionerLedger(req.scope, {
    practitioner_id: req.auth_context.actor_id,
    currency_code,
    limit,
    offset,
    now: new Date(),
    audience: "practitioner",
  })
  sendLedger(res, page, format, "avenrae-earnings")
}
