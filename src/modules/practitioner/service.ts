import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DiscoveryFilters, EARTH_RADIUS_KM } from "../../lib/practitioners/discovery"
import { Practitioner } from "./models/practitioner"

/** Great-circle distance from a bound point to the row, in km (haversine). */
const DISTANCE_SQL = `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
  power(sin(radians(latitude - ?) / 2), 2) +
  cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)
))))`

const SEARCH_DOCUMENT_SQL = `to_tsvector('simple', display_name || ' ' || bio || ' ' || array_to_string(specialties, ' '))`

class PractitionerModuleService extends MedusaService({ Practitioner }) {
  /**
   * The public directory: approved practitioners matching the filters, with
   * the distance to `near` when given, sorted and paged in one query.
   */
  @InjectManager()
  async discoverPractitioners(
    filters: DiscoveryFilters,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ practitioners: Array<Record<string, unknown> & { distance_km: number | null }>; count: number }> {
    const knex = sharedContext.manager!.getKnex()
    const near = filters.near
    const distance = near
      ? knex.raw(`${DISTANCE_SQL} as distance_km`, [near.lat, near.lat, near.lng])
      : knex.raw("null::float as distance_km")

    const base = knex("practitioner").whereNull("deleted_at").where("status", "approved")
    if (filters.kind) base.where("kind", filters.kind)
    if (filters.specialty) base.whereRaw("? ilike any(specialties)", [filters.specialty])
    if (filters.language) base.whereRaw("? ilike any(languages)", [filters.language])
    if (filters.meeting_mode) base.whereRaw("? = any(meeting_modes)", [filters.meeting_mode])
    if (filters.min_rating !== undefined) base.where("rating_average", ">=", filters.min_rating)
    if (filters.q) {
      base.where((q) =>
        q
          .whereRaw(`${SEARCH_DOCUMENT_SQL} @@ plainto_tsquery('simple', ?)`, [filters.q!])
          .orWhereRaw("display_name ilike ?", [`%${filters.q!.replace(/[\\%_]/g, "\\$&")}%`])
      )
    }
    if (near) {
      base.whereNotNull("latitude").whereNotNull("longitude")
      if (filters.radius_km !== undefined) {
        base.whereRaw(`${DISTANCE_SQL} <= ?`, [near.lat, near.lat, near.lng, filters.radius_km])
      }
    }

    const [{ count }] = await base.clone().count<{ count: string }[]>({ count: "*" })
    const rows = await base
      .clone()
      .select("*", distance)
      .orderByRaw(orderBy(filters.sort))
      .orderBy("id")
      .limit(filters.limit)
      .offset(filters.offset)
    return {
      count: Number(count),
      practitioners: rows.map((row: Record<string, unknown>) => ({
        ...row,
        distance_km: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 10) / 10,
      })),
    }
  }
}

function orderBy(sort: DiscoveryFilters["sort"]) {
  switch (sort) {
    case "distance":
      return "distance_km asc nulls last"
    case "newest":
      return "created_at desc"
    default:
      return "rating_average desc, rating_count desc"
  }
}

export default PractitionerModuleService
