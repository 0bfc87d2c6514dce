import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditTarget } from "../../lib/audit/audit-target"
import type { Snapshot } from "../../lib/audit/changed-fields"

/**
 * A record's own fields as they stand, through Medusa's query (which knows
 * Medusa's records and ours by type); null when it does not exist (or no
 * longer does), and undefined when query has no records of that type.
 */
export async function snapshotRecord(scope: MedusaContainer, target: AuditTarget): Promise<Snapshot | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({ entity: target.type, fields: ["*"], filters: { id: target.id } })
    return (data[0] as Record<string, unknown> | undefined) ?? null
  } catch {
    return undefined
  }
}
