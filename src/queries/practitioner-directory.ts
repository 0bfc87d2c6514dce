import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DirectorySort, DiscoveryFilters, EARTH_RADIUS_KM } from "../lib/practitioners/discovery"
import { PUBLIC_FIELDS } from "../lib/practitioners/public-profile"

/**
 * The public directory in one SQL statement: approved practitioners matching
 * the filters, with the distance to `near` and the lowest offering price in
 * the asked currency, sorted and paged, with the total count.
 *
 * Ratings are the review module's aggregates of published reviews (joined
 * by the practitioner's id).
 *
 * Prices live in Medusa's product and pricing tables, so this reads across
 * modules on purpose (through the practitioner–product link table): a price
 * filter and a price sort must be decided by the same query that pages, or
 * the count and the pages disagree.
 */

/** Table of the practitioner ↔ product link (src/links/practitioner-product.ts). */
export const PRACTITIONER_PRODUCT_TABLE = "practitioner_practitioner_product_product"

/** Great-circle distance from a bound point to the row, in km (haversine). */
const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
  power(sin(radians(p.latitude - ?) / 2), 2) +
  cos(radians(?)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ?) / 2), 2)
))))`

/** Same expression as the GIN index in the module's migration. */
const SEARCH_DOCUMENT_SQL = "practitioner_search_document(p.display_name, p.bio, p.specialties)"

/** Prices (base prices, no price list, no rules) of a practitioner's published session variants. */
const OFFERING_PRICES_SQL = `
  select pr.amount from ${PRACTITIONER_PRODUCT_TABLE} link
  join product prod on prod.id = link.product_id and prod.deleted_at is null
    and prod.status = 'published' and prod.metadata->>'kind' = 'session'
  join product_variant v on v.product_id = prod.id and v.deleted_at is null
  join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
  join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null
    and pr.price_list_id is null and pr.rules_count = 0 and pr.currency_code = ?
  where link.practitioner_id = p.id and link.deleted_at is null`

/**
 * How long before a refresh a booking written by a transaction still open
 * then may carry as its time: the refresh read bookings as of `refreshed_at`,
 * so a booking written since, or committed since by a transaction begun up
 * to this long before, is checked against the stored slots here.
 */
const REFRESH_MARGIN = "5 minutes"

/**
 * A practitioner's first stored free slot (see availability_free_slot) that
 * is still bookable at ? (now) — its notice not passed, and no live booking
 * or hold written since the slots were computed overlapping it with buffers
 * (the ones before were already left out when they were computed) —
 * optionally inside the shopper's stretches (%WINDOWS%).
 */
const NEXT_FREE_SQL = `
  select json_build_object('starts_at', s.starts_at, 'ends_at', s.ends_at) from availability_free_slot s
  where s.practitioner_id = %ID% and s.deleted_at is null and s.book_by >= ? %WINDOWS%
    and not exists (select 1 from booking b where b.practitioner_id = s.practitioner_id
      and b.updated_at > (select coalesce(max(r.refreshed_at), '-infinity') from availability_free_slot_refresh r
        where r.practitioner_id = %ID% and r.deleted_at is null) - interval '${REFRESH_MARGIN}'
      and b.status in ('held', 'confirmed') and b.deleted_at is null
      and b.blocked_from < s.blocked_until and b.blocked_until > s.blocked_from)
  order by s.starts_at limit 1`

function nextFree(filters: DiscoveryFilters, idColumn: string): { sql: string; bindings: Date[] } {
  const free = filters.free
  const windows = free ? `and (${free.map(() => "(s.starts_at >= ? and s.ends_at <= ?)").join(" or ") || "false"})` : ""
  return {
    sql: `(${NEXT_FREE_SQL.replace("%WINDOWS%", windows).replaceAll("%ID%", idColumn)})`,
    bindings: [filters.now ?? new Date(), ...(free ?? []).flatMap((w) => [w.from, w.to])],
  }
}

export type DirectoryRow = Record<string, unknown> & {
  distance_km: number | null
  from_price: { amount: number; currency_code: string } | null
}

/**
 * One round trip in the common case: the total comes with each row of the
 * page (`count(*) over ()`, counted before the limit). Only a page past the
 * end, which has no rows to carry it, asks for the count on its own.
 *
 * The next free slot is looked up for every matching row only when the
 * shopper's times filter on it or the page is sorted by it; otherwise for
 * the page's rows alone, after the limit.
 */
export async function queryDirectory(knex: Knex, filters: DiscoveryFilters) {
  const base = knex({ p: "practitioner" })
    .leftJoin({ ra: "review_aggregate" }, (join) =>
      join.on("ra.target_id", "p.id").andOnVal("ra.target_type", "practitioner").andOnNull("ra.deleted_at")
    )
    .whereNull("p.deleted_at")
    .where("p.status", "approved")
  applyFilters(knex, base, filters)

  const near = filters.near
  const currency = filters.currency_code
  // The public fields only: nothing a shopper may not see leaves the database.
  const columns: Array<string | Knex.Raw> = PUBLIC_FIELDS.map((field) => `p.${field}`)
  columns.push(knex.raw("coalesce(ra.rating_average, 0) as rating_average"), knex.raw("coalesce(ra.review_count, 0) as rating_count"))
  columns.push(near ? knex.raw(`${DISTANCE_SQL} as distance_km`, [near.lat, near.lat, near.lng]) : knex.raw("null::float as distance_km"))
  columns.push(
    currency
      ? knex.raw(`(select min(amount) from (${OFFERING_PRICES_SQL}) prices) as from_price`, [currency])
      : knex.raw("null::numeric as from_price")
  )
  const nextForAll = filters.sort === "next_available" || !!filters.free
  if (nextForAll) {
    const next = nextFree(filters, "p.id")
    columns.push(knex.raw(`${next.sql} as next_available`, next.bindings))
  }
  const listed = knex.select("*").from(base.clone().select(columns).as("d"))
  if (filters.free) listed.whereNotNull("d.next_available")
  const page = knex
    .select("*", knex.raw("count(*) over () as total_count"))
    .from(listed.clone().as("c"))
    .orderByRaw(orderBy(filters.sort))
    .orderBy("id")
    .limit(filters.limit)
    .offset(filters.offset)
  const pageNext = nextFree(filters, "pg.id")
  const rows: Array<Record<string, unknown>> = nextForAll
    ? await page
    : await knex
        .select("pg.*", knex.raw(`${pageNext.sql} as next_available`, pageNext.bindings))
        .from(page.as("pg"))
        .orderByRaw(orderBy(filters.sort))
        .orderBy("id")
  const count = rows.length
    ? Number(rows[0].total_count)
    : filters.offset > 0
      ? Number((await knex.count({ count: "*" }).from(listed.as("c")).first())?.count ?? 0)
      : 0

  return {
    count,
    practitioners: rows.map(({ total_count: _total, ...row }): DirectoryRow => ({
      ...row,
      distance_km: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 10) / 10,
      from_price: row.from_price === null || !currency ? null : { amount: Number(row.from_price), currency_code: currency },
    })),
  }
}

function applyFilters(knex: Knex, base: Knex.QueryBuilder, filters: DiscoveryFilters) {
  if (filters.kind) base.where("p.kind", filters.kind)
  if (filters.specialty) base.whereRaw("? ilike any(p.specialties)", [filters.specialty])
  if (filters.language) base.whereRaw("? ilike any(p.languages)", [filters.language])
  if (filters.meeting_mode) base.whereRaw("? = any(p.meeting_modes)", [filters.meeting_mode])
  if (filters.min_rating !== undefined) base.whereRaw("coalesce(ra.rating_average, 0) >= ?", [filters.min_rating])
  if (filters.q) {
    const q = filters.q
    base.where((where) =>
      where
        .whereRaw(`${SEARCH_DOCUMENT_SQL} @@ plainto_tsquery('simple', ?)`, [q])
        .orWhereRaw("p.display_name ilike ?", [`%${q.replace(/[\\%_]/g, "\\$&")}%`])
    )
  }
  if (filters.near) {
    const { lat, lng } = filters.near
    base.whereNotNull("p.latitude").whereNotNull("p.longitude")
    if (filters.radius_km !== undefined) base.whereRaw(`${DISTANCE_SQL} <= ?`, [lat, lat, lng, filters.radius_km])
  }
  if (filters.currency_code && (filters.min_price !== undefined || filters.max_price !== undefined)) {
    base.whereRaw(`exists (${OFFERING_PRICES_SQL} and pr.amount between ? and ?)`, [
      filters.currency_code,
      filters.min_price ?? 0,
      filters.max_price ?? Number.MAX_SAFE_INTEGER,
    ])
  }
}

function orderBy(sort: DirectorySort) {
  switch (sort) {
    case "distance":
      return "distance_km asc nulls last"
    case "price":
      return "from_price asc nulls last"
    case "price_desc":
      return "from_price desc nulls last"
    case "newest":
      return "created_at desc"
    case "next_available":
      return "(next_available->>'starts_at')::timestamptz asc nulls last"
    default:
      return "rating_average desc, rating_count desc"
  }
}
