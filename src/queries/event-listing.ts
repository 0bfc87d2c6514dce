import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { EARTH_RADIUS_KM } from "../lib/practitioners/discovery"
import type { ListedEvent, ListedEventDate } from "../modules/event/listing"
import type { EventFormat, EventKind } from "../modules/event/values"

/**
 * Upcoming published events in one SQL statement: the filters, the page and
 * the count decided together, each event with its host's public name and its
 * upcoming dates with the seats a shopper can still buy — the date's stock
 * (Medusa's inventory level) less what orders reserved, carts hold and
 * waitlist offers keep — none while anyone waits. Reads
 * the practitioner and inventory tables on purpose: "n seats left" must be
 * the same figure the hold route checks (src/lib/events/seats.ts).
 */

export type EventListingFilters = {
  kind?: EventKind
  format?: EventFormat
  host_practitioner_id?: string
  city?: string
  near?: { lat: number; lng: number }
  radius_km?: number
  from: Date
  to: Date
  /** Holds whose expiry is after this still count (now less the grace). */
  held_since: Date
  /** Waitlist offers whose expiry is after this keep their seats. */
  now: Date
  limit: number
  offset: number
}

const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
  power(sin(radians(e.latitude - ?) / 2), 2) +
  cos(radians(?)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - ?) / 2), 2)
))))`

/** A date on sale in the window. */
const UPCOMING_DATE_SQL = `d.event_id = e.id and d.deleted_at is null and d.status = 'scheduled' and d.starts_at >= ? and d.starts_at < ?`

export async function queryUpcomingEvents(knex: Knex, filters: EventListingFilters): Promise<{ events: ListedEvent[]; count: number }> {
  const where: string[] = []
  const whereBindings: Knex.RawBinding[] = []
  const add = (condition: string, ...values: Knex.RawBinding[]) => {
    where.push(condition)
    whereBindings.push(...values)
  }
  add("e.deleted_at is null and e.status = 'published'")
  add(`exists (select 1 from event_date d where ${UPCOMING_DATE_SQL})`, filters.from, filters.to)
  if (filters.kind) add("e.kind = ?", filters.kind)
  if (filters.format) add("e.format = ?", filters.format)
  if (filters.host_practitioner_id) add("e.host_practitioner_id = ?", filters.host_practitioner_id)
  if (filters.city) add("lower(e.city) = lower(?)", filters.city)
  const near = filters.near
  if (near) {
    add("e.latitude is not null and e.longitude is not null")
    if (filters.radius_km !== undefined) add(`${DISTANCE_SQL} <= ?`, near.lat, near.lat, near.lng, filters.radius_km)
  }
  const distance = near ? DISTANCE_SQL : "null::float"
  const distanceBindings = near ? [near.lat, near.lat, near.lng] : []
  const order = near ? "distance_km asc, next_starts_at asc, id" : "next_starts_at asc, id"

  const { rows } = await knex.raw(
    `select page.*, dates.dates from (
       select e.id, e.title, e.handle, e.kind, e.format, e.city, e.venue_name, e.timezone, e.images, e.product_id,
              p.handle as host_handle, p.display_name as host_name,
              ${distance} as distance_km,
              (select min(d.starts_at) from event_date d where ${UPCOMING_DATE_SQL}) as next_starts_at,
              count(*) over () as total_count
       from event e
       left join practitioner p on p.id = e.host_practitioner_id and p.deleted_at is null
       where ${where.join(" and ")}
       order by ${order}
       limit ? offset ?
     ) page
     cross join lateral (
       select json_agg(json_build_object(
                'id', d.id, 'starts_at', d.starts_at, 'ends_at', d.ends_at, 'capacity', d.capacity,
                'seats_left', case when w.waiting > 0 then 0
                  else greatest(0, coalesce(lv.stocked, 0) - coalesce(lv.reserved, 0) - coalesce(h.held, 0) - w.offered) end
              ) order by d.starts_at) as dates
       from event_date d
       left join lateral (
         select sum(il.stocked_quantity) as stocked, sum(il.reserved_quantity) as reserved
         from inventory_level il where il.inventory_item_id = d.inventory_item_id and il.deleted_at is null
       ) lv on true
       left join lateral (
         select sum(sh.quantity) as held from event_seat_hold sh
         where sh.event_date_id = d.id and sh.status = 'held' and sh.expires_at > ? and sh.deleted_at is null
       ) h on true
       left join lateral (
         select coalesce(sum(wl.quantity) filter (where wl.status = 'offered' and wl.offer_expires_at > ?), 0) as offered,
                count(*) filter (where wl.status = 'waiting') as waiting
         from event_waitlist_entry wl
         where wl.event_date_id = d.id and wl.status in ('waiting', 'offered') and wl.deleted_at is null
       ) w on true
       where d.event_id = page.id and d.deleted_at is null and d.status = 'scheduled' and d.starts_at >= ? and d.starts_at < ?
     ) dates
     order by ${order}`,
    [
      ...distanceBindings,
      filters.from,
      filters.to,
      ...whereBindings,
      filters.limit,
      filters.offset,
      filters.held_since,
      filters.now,
      filters.from,
      filters.to,
    ]
  )
  const count = rows.length ? Number(rows[0].total_count) : filters.offset > 0 ? await countUpcoming(knex, where, whereBindings) : 0
  return {
    count,
    events: rows.map((row: Record<string, any>): ListedEvent => ({
      id: row.id,
      title: row.title,
      handle: row.handle,
      kind: row.kind,
      format: row.format,
      city: row.city,
      venue_name: row.venue_name,
      timezone: row.timezone,
      images: row.images ?? [],
      product_id: row.product_id,
      host: row.host_handle ? { handle: row.host_handle, display_name: row.host_name } : null,
      distance_km: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 10) / 10,
      dates: (row.dates ?? []).map((date: ListedEventDate) => ({
        ...date,
        capacity: Number(date.capacity),
        seats_left: Number(date.seats_left),
      })),
    })),
  }
}

/** Only a page past the end, which has no rows to carry the total, counts on its own. */
async function countUpcoming(knex: Knex, where: string[], bindings: Knex.RawBinding[]) {
  const { rows } = await knex.raw(`select count(*) as count from event e where ${where.join(" and ")}`, bindings)
  return Number(rows[0].count)
}
