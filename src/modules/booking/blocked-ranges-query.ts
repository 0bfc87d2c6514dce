import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LIVE_BOOKING_STATUSES } from "./statuses"

/**
 * The blocked ranges of a practitioner's live bookings (held, confirmed)
 * touching a window, as one statement. The overlap test is written as the
 * exclusion constraint's own expression (practitioner, tstzrange of the
 * blocked range, live and not deleted; see Migration20261122064500), so
 * Postgres finds only the window's rows in that constraint's index however
 * many bookings lie before or after it.
 */
export function blockedRangesQuery(
  knex: Knex,
  practitionerId: string,
  window: { from: Date; to: Date },
  exceptBookingId?: string
): Knex.QueryBuilder {
  const query = knex("booking")
    .select("blocked_from", "blocked_until")
    .where("practitioner_id", practitionerId)
    .whereIn("status", [...LIVE_BOOKING_STATUSES])
    .whereNull("deleted_at")
    .whereRaw(`tstzrange("blocked_from", "blocked_until", '[)') && tstzrange(?, ?, '[)')`, [window.from, window.to])
  if (exceptBookingId) query.whereNot("id", exceptBookingId)
  return query
}
