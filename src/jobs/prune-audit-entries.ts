import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../modules/audit"
import type AuditModuleService from "../modules/audit/service"
import { auditRetentionDays, retentionCutoff } from "../lib/audit/retention"

const BATCH = 5000

/** Nightly: removes audit entries older than the retention (AUDIT_RETENTION_DAYS, two years by default), in batches. */
export default async function pruneAuditEntriesJob(container: MedusaContainer) {
  const days = auditRetentionDays(process.env)
  const removed = await container.resolve<AuditModuleService>(AUDIT_MODULE).pruneEntriesBefore(retentionCutoff(new Date(), days), BATCH)
  if (removed) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Audit log: removed ${removed} entries older than ${days} days`)
}

export const config = { name: "prune-audit-entries", schedule: "17 4 * * *" }
