import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type { AuditCursor } from "../../../../modules/audit/service"
import type AuditModuleService from "../../../../modules/audit/service"
import { auditCsvHeader, exportLines } from "../../../../lib/audit/audit-export"
import type { ExportAuditEntriesType } from "../../../utils/audit-validators"

const BATCH = 1000

/**
 * GET /admin/audit-entries/export?from&to&format=csv|jsonl (and the list's
 * filters) — every entry of the range, newest first, streamed in batches so
 * a year of entries never sits in memory.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ExportAuditEntriesType>, res: MedusaResponse) {
  const { format, ...filters } = req.validatedQuery
  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  const day = (date: Date) => date.toISOString().slice(0, 10)
  res.setHeader("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="audit-${day(filters.from)}-${day(filters.to)}.${format}"`)
  if (format === "csv") res.write(auditCsvHeader())
  let cursor: AuditCursor | undefined
  do {
    const page = await audit.listNewestEntries(filters, { limit: BATCH, cursor })
    if (!res.write(exportLines(page.entries, format))) await new Promise((resolve) => res.once("drain", resolve))
    cursor = page.next ?? undefined
  } while (cursor && !res.destroyed)
  res.end()
}
