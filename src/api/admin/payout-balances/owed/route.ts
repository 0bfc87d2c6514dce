import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { owedCsv } from "../../../../lib/payouts/ledger-csv"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { withPractitioners } from "../../../../workflows/payout/utils/practitioner-names"
import type { ExportOwedType } from "../../../utils/payout-validators"

/** GET /admin/payout-balances/owed?format=csv|json — the manual payouts waiting to be paid by bank transfer. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ExportOwedType>, res: MedusaResponse) {
  const service = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const payouts = await service.listPayouts({ provider: "manual", status: "pending" }, { order: { created_at: "ASC" }, take: 5000 })
  const accounts = payouts.length
    ? await service.listPayoutAccounts({ practitioner_id: [...new Set(payouts.map((p) => p.practitioner_id))] })
    : []
  const named = await withPractitioners(
    req.scope,
    payouts.map((payout) => ({ ...payout, amount: String(payout.amount) }))
  )
  const rows = named.map((payout) => {
    const account = accounts.find((a) => a.practitioner_id === payout.practitioner_id)
    return {
      payout_id: payout.id,
      practitioner: payout.practitioner?.display_name ?? payout.practitioner_id,
      email: payout.practitioner?.email ?? "",
      account_holder: account?.bank_account_holder ?? null,
      account_last4: account?.bank_account_last4 ?? null,
      currency_code: payout.currency_code,
      amount: payout.amount,
      created_at: payout.created_at,
    }
  })
  if (req.validatedQuery.format === "json") return res.json({ owed: rows })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="avenrae-payouts-owed-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.send(owedCsv(rows))
}
