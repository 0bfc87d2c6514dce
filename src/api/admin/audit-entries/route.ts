import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import { presentForStaff } from "../../../workflows/audit/utils/audit-views"
import { AdminListAuditEntriesType, encodeCursor } from "../../utils/audit-validators"

/**
 * GET /admin/audit-entries?actor_type&actor_id&target_type&target_id&action&from&to&limit&cursor
 * — the audit log, newest first; `next_cursor` fetches the following page.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAuditEntriesType>, res: MedusaResponse) {
  const { limit, cursor, ...filters } = req.validatedQuery
  const page = await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).listNewestEntries(filters, { limit, cursor })
  res.json({
    audit_entries: await presentForStaff(req.scope, page.entries),
    next_cursor: page.next ? encodeCursor(page.next) : null,
    limit,
  })
}
