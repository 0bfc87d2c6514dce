import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { BlockedRange } from "../../lib/scheduling"
import { Booking, LIVE_BOOKING_STATUSES } from "./models/booking"

class BookingModuleService extends MedusaService({ Booking }) {
  /**
   * The blocked ranges of a practitioner's live bookings (held, confirmed)
   * touching a window: two columns straight from the table, since a busy
   * calendar has hundreds of rows and the slot list reads them on every
   * request. The overlap test is written as the exclusion constraint's own
   * expression (practitioner, tstzrange of the blocked range, live and not
   * deleted), so Postgres reads only the window's rows from that constraint's
   * index however many bookings lie before or after it.
   */
  @InjectManager()
  async listBlockedRanges(
    practitionerId: string,
    window: { from: Date; to: Date },
    exceptBookingId?: string,
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<BlockedRange[]> {
    const query = context
      .manager!.getKnex()("booking")
      .select("blocked_from", "blocked_until")
      .where("practitioner_id", practitionerId)
      .whereIn("status", [...LIVE_BOOKING_STATUSES])
      .whereNull("deleted_at")
      .whereRaw(`tstzrange("blocked_from", "blocked_until", '[)') && tstzrange(?, ?, '[)')`, [window.from, window.to])
    if (exceptBookingId) query.whereNot("id", exceptBookingId)
    const rows: Array<{ blocked_from: Date; blocked_until: Date }> = await query
    return rows.map((row) => ({ blocked_from: new Date(row.blocked_from), blocked_until: new Date(row.blocked_until) }))
  }
}

export default BookingModuleService
