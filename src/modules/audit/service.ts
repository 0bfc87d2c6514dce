import { Context, InferTypeOf } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { AuditEntry } from "./models/audit-entry"
import type { AuditActor } from "./values"

export type AuditEntryRecord = InferTypeOf<typeof AuditEntry>

export type NewAuditEntry = {
  actor_type: AuditActor
  actor_id: string
  action: string
  target_type: string | null
  target_id: string | null
  changes: Record<string, unknown> | null
  status_code: number
  request_id: string | null
  ip: string | null
  user_agent: string | null
}

/** What a list of entries may be narrowed by; every filter has an index behind it. */
export type AuditFilters = {
  actor_type?: AuditActor
  actor_id?: string
  target_type?: string
  target_id?: string
  action?: string
  from?: Date
  to?: Date
  /** Entries by this practitioner or about them (their portal's history). */
  involving_practitioner?: string
}

/** Where the previous page ended: entries strictly older than this. */
export type AuditCursor = { created_at: Date; id: string }

const COLUMNS = [
  "id",
  "actor_type",
  "actor_id",
  "action",
  "target_type",
  "target_id",
  "changes",
  "status_code",
  "request_id",
  "ip",
  "user_agent",
  "created_at",
] as const

type Knex = ReturnType<EntityManager["getKnex"]>
type Query = ReturnType<Knex>

function narrowed(query: Query, filters: AuditFilters, cursor?: AuditCursor) {
  // The indexes are partial (deleted_at IS NULL), as on every module table; entries are never soft-deleted.
  query.whereNull("deleted_at")
  for (const column of ["actor_type", "actor_id", "target_type", "target_id", "action"] as const) {
    if (filters[column] !== undefined) query.where(column, filters[column])
  }
  if (filters.from) query.where("created_at", ">=", filters.from)
  if (filters.to) query.where("created_at", "<", filters.to)
  if (filters.involving_practitioner) {
    const id = filters.involving_practitioner
    query.where((q) => q.where({ actor_type: "practitioner", actor_id: id }).orWhere({ target_type: "practitioner", target_id: id }))
  }
  if (cursor) {
    query.whereRaw("(created_at, id) < (?, ?)", [cursor.created_at, cursor.id])
  }
  return query
}

class AuditModuleService extends MedusaService({ AuditEntry }) {
  /** Appends one entry (a plain insert: the audit must cost its route little). */
  @InjectManager()
  async appendEntry(entry: NewAuditEntry, @MedusaContext() context: Context<EntityManager> = {}) {
    const knex = context.manager!.getKnex()
    const now = new Date()
    const id = generateEntityId(undefined, "aud")
    await knex("audit_entry").insert({
      ...entry,
      id,
      changes: entry.changes === null ? null : JSON.stringify(entry.changes),
      created_at: now,
      updated_at: now,
    })
    return id
  }

  /**
   * The newest entries matching the filters, `limit` at a time, from newest;
   * `next` is the cursor of the following page (none after the last). Walks
   * the (created_at, id) order, so page 1,000 costs what page 1 does.
   */
  @InjectManager()
  async listNewestEntries(
    filters: AuditFilters,
    page: { limit: number; cursor?: AuditCursor },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ entries: AuditEntryRecord[]; next: AuditCursor | null }> {
    const knex = context.manager!.getKnex()
    const rows: AuditEntryRecord[] = await narrowed(knex("audit_entry").select(COLUMNS), filters, page.cursor)
      .orderBy([
        { column: "created_at", order: "desc" },
        { column: "id", order: "desc" },
      ])
      .limit(page.limit + 1)
    const entries = rows.slice(0, page.limit)
    const last = entries[entries.length - 1]
    return { entries, next: rows.length > page.limit ? { created_at: new Date(last.created_at), id: last.id } : null }
  }

  /**
   * Deletes entries written before `cutoff`, `batchSize` at a time (each batch
   * its own short transaction, so the table is never locked for long); the
   * trigger lets a delete through only for entries older than the cut-off the
   * transaction names. Answers how many were removed.
   */
  @InjectManager()
  async pruneEntriesBefore(cutoff: Date, batchSize: number, @MedusaContext() context: Context<EntityManager> = {}) {
    const knex = context.manager!.getKnex()
    let removed = 0
    for (;;) {
      const deleted = await knex.transaction(async (trx) => {
        await trx.raw("select set_config('avenrae.audit_prune_before', ?, true)", [cutoff.toISOString()])
        const { rowCount } = await trx.raw(
          `delete from audit_entry where id in (
             select id from audit_entry where created_at < ? order by created_at limit ?)`,
          [cutoff, batchSize]
        )
        return rowCount as number
      })
      removed += deleted
      if (deleted < batchSize) return removed
    }
  }
}

export default AuditModuleService
