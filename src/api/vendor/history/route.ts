import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import { presentForPractitioner } from "../../../workflows/audit/utils/audit-views"
import { encodeCursor, VendorListHistoryType } from "../../utils/audit-validators"

/** GET /vendor/history?from&to&limit&cursor — the practitioner's writes and staff decisions about them, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListHistoryType>, res: MedusaResponse) {
  const { limit, cursor, from, to } = req.validatedQuery
  const me = req.auth_context.actor_id
  const page = await req.scope
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .listNewestEntries({ involving_practitioner: me, from, to }, { limit, cursor })
  res.json({
    history: presentForPractitioner(page.entries, me),
    next_cursor: page.next ? encodeCursor(page.next) : null,
    limit,
  })
}
