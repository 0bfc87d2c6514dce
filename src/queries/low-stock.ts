import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Inventory items whose available quantity (stocked − reserved, summed over
 * all locations, as Medusa's inventory module defines it) is at or under the
 * threshold, lowest first, one page of them plus how many there are in all.
 *
 * Reads Medusa's inventory tables and the variant ↔ inventory item link by
 * name, so the threshold, the order and the page are decided in Postgres
 * rather than over every level in memory. Levels are summed first (deleting
 * an inventory item soft-deletes its levels too); only the items at or under
 * the threshold are then checked to stock a live variant, so `count` agrees
 * with what the list can show.
 */
const LOW_STOCK_SQL = `
  with low as (
    select l.inventory_item_id, sum(l.stocked_quantity) as stocked, sum(l.reserved_quantity) as reserved
    from inventory_level l
    where l.deleted_at is null
    group by l.inventory_item_id
    having sum(l.stocked_quantity) - sum(l.reserved_quantity) <= ?
  ), listed as (
    select low.*, low.stocked - low.reserved as available
    from low
    where exists (
      select 1 from product_variant_inventory_item link
      join product_variant v on v.id = link.variant_id and v.deleted_at is null
      where link.inventory_item_id = low.inventory_item_id and link.deleted_at is null
    )
  )
  select counted.total, page.*
  from (select count(*) as total from listed) counted
  left join lateral (
    select * from listed order by available, inventory_item_id limit ? offset ?
  ) page on true`

export type ItemAvailability = {
  inventory_item_id: string
  stocked: number
  reserved: number
  available: number
}

export async function queryLowStock(
  knex: Knex,
  { threshold, limit, offset }: { threshold: number; limit: number; offset: number }
): Promise<{ count: number; items: ItemAvailability[] }> {
  const { rows } = await knex.raw(LOW_STOCK_SQL, [threshold, limit, offset])
  return {
    count: Number(rows[0]?.total ?? 0),
    items: rows
      .filter((row: { inventory_item_id: string | null }) => row.inventory_item_id !== null)
      .map((row: Record<string, string>) => ({
        inventory_item_id: row.inventory_item_id,
        stocked: Number(row.stocked),
        reserved: Number(row.reserved),
        available: Number(row.available),
      })),
  }
}
