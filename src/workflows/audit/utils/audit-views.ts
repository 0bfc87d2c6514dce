import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditEntryRecord } from "../../../modules/audit/service"
import { AuditChanges, describeAction, fieldChangeLines } from "../../../lib/audit/audit-words"

/** What an entry says in words: the action, and each changed field before → after. */
const inWords = (action: string, changes: AuditChanges | null) => ({
  summary: describeAction(action),
  field_lines: fieldChangeLines(changes),
})

/** Fields that name who on the staff decided (verified_by, cancelled_by …): kept from practitioners. */
const STAFF_NAMING_FIELD = /_by$/

/** The actors' names, for people reading the log: a staff user's email, a practitioner's display name. */
async function actorNames(scope: MedusaContainer, entries: AuditEntryRecord[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const idsOf = (type: string) => [...new Set(entries.filter((e) => e.actor_type === type).map((e) => e.actor_id))]
  const [users, practitioners] = await Promise.all([
    idsOf("user").length
      ? query.graph({ entity: "user", fields: ["id", "email"], filters: { id: idsOf("user") } })
      : { data: [] as Array<{ id: string; email: string }> },
    idsOf("practitioner").length
      ? query.graph({ entity: "practitioner", fields: ["id", "display_name"], filters: { id: idsOf("practitioner") } })
      : { data: [] as Array<{ id: string; display_name: string }> },
  ])
  return new Map<string, string>([
    ...users.data.map((u) => [u.id, u.email] as [string, string]),
    ...practitioners.data.map((p) => [p.id, p.display_name] as [string, string]),
  ])
}

/** Entries as staff see them: everything, with the actor's name. */
export async function presentForStaff(scope: MedusaContainer, entries: AuditEntryRecord[]) {
  const names = await actorNames(scope, entries)
  return entries.map((entry) => ({
    ...entry,
    actor_name: names.get(entry.actor_id) ?? null,
    ...inWords(entry.action, entry.changes as AuditChanges | null),
  }))
}

/**
 * Entries as a practitioner sees their own history: what they did and what
 * staff decided about them, but not which staff member (neither the actor
 * nor a `*_by` field), what staff's request said, nor anyone's address,
 * browser or request id.
 */
export function presentForPractitioner(entries: AuditEntryRecord[], practitionerId: string) {
  return entries.map((entry) => {
    const own = entry.actor_type === "practitioner" && entry.actor_id === practitionerId
    const recorded = (entry.changes ?? {}) as AuditChanges
    const fields = Object.fromEntries(Object.entries(recorded.fields ?? {}).filter(([name]) => own || !STAFF_NAMING_FIELD.test(name)))
    const changes: AuditChanges = own ? { ...recorded, fields } : { fields }
    return {
      id: entry.id,
      by: own ? ("you" as const) : ("staff" as const),
      action: entry.action,
      target_type: entry.target_type,
      target_id: entry.target_id,
      changes,
      created_at: entry.created_at,
      ...inWords(entry.action, changes),
    }
  })
}
