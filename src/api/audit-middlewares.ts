import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { recordWrites } from "./audit/record-writes"
import { AdminListAuditEntries, ExportAuditEntries, VendorListHistory } from "./utils/audit-validators"
import { requireApprovedPractitioner } from "./vendor/require-approved-practitioner"

/**
 * The audit log: every write under /admin and /vendor is recorded by one
 * middleware (so a new route is audited without code of its own); staff read
 * and export the log, a practitioner reads their own history. Nothing
 * changes or removes an entry through the API.
 */
export const auditRoutes: MiddlewareRoute[] = [
  { matcher: "/admin*", middlewares: [recordWrites] },
  // Medusa signs staff in for all of /admin before any of this; /vendor routes sign their practitioner in
  // further along, so the audit reads the practitioner here, to know whose profile "/vendor/me" is before it changes.
  { matcher: "/vendor*", middlewares: [authenticate("practitioner", ["bearer", "session"], { allowUnauthenticated: true }), recordWrites] },
  { matcher: "/admin/audit-entries", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})] },
  { matcher: "/admin/audit-entries/export", method: ["GET"], middlewares: [validateAndTransformQuery(ExportAuditEntries, {})] },
  {
    matcher: "/vendor/history",
    method: ["GET"],
    middlewares: [
      authenticate("practitioner", ["bearer", "session"]),
      requireApprovedPractitioner,
      validateAndTransformQuery(VendorListHistory, {}),
    ],
  },
]
