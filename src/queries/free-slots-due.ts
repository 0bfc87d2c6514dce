import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Practitioners whose free slots need computing again: never computed,
 * marked stale by a schedule change, older than `maxAge` (the window moves
 * on and offerings change), or with a booking changed since (a cancelled or
 * expired booking frees time; a new one is already left out by the
 * directory's own check). Oldest first, at most `limit`.
 */
export async function practitionersDueForFreeSlots(knex: Knex, now: Date, maxAgeMs: number, limit: number): Promise<string[]> {
  const { rows } = await knex.raw(
    `select p.id from practitioner p
     left join availability_free_slot_refresh r on r.practitioner_id = p.id and r.deleted_at is null
     where p.deleted_at is null and (p.status = 'approved' or r.slot_count > 0) and (
       r.refreshed_at is null or r.stale_since is not null or r.refreshed_at < ?
       or exists (select 1 from booking b where b.practitioner_id = p.id and b.updated_at > r.refreshed_at))
     order by r.refreshed_at asc nulls first
     limit ?`,
    [new Date(now.getTime() - maxAgeMs), limit]
  )
  return rows.map((row: { id: string }) => row.id)
}
