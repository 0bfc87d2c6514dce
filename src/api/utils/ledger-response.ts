import type { MedusaResponse } from "@medusajs/framework/http"
import { ledgerCsv } from "../../lib/payouts/ledger-csv"
import type { practitionerLedger } from "../../workflows/payout/utils/ledger-views"

/** A ledger page as JSON, or as a CSV download. */
export function sendLedger(
  res: MedusaResponse,
  page: Awaited<ReturnType<typeof practitionerLedger>>,
  format: "json" | "csv",
  name: string
) {
  if (format === "json") return res.json(page)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}.csv"`)
  res.send(ledgerCsv(page.entries.map((entry) => ({ ...entry, payout_id: entry.payout?.id ?? null }))))
}
