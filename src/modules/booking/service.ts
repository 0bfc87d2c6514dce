import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { BlockedRange } from "../../lib/scheduling"
import { blockedRangesQuery } from "./blocked-ranges-query"
import { Booking } from "./models/booking"

class BookingModuleService extends MedusaService({ Booking }) {
  /**
   * The blocked ranges of a practitioner's live bookings touching a window:
   * two columns straight from the table (see blockedRangesQuery), since a
   * busy calendar has hundreds of rows and the slot list reads them on every
   * request.
   */
  @InjectManager()
  async listBlockedRanges(
    practitionerId: string,
    window: { from: Date; to: Date },
    exceptBookingId?: string,
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<BlockedRange[]> {
    const rows: Array<{ blocked_from: Date; blocked_until: Date }> = await blockedRangesQuery(
      context.manager!.getKnex(),
      practitionerId,
      window,
      exceptBookingId
    )
    return rows.map((row) => ({ blocked_from: new Date(row.blocked_from), blocked_until: new Date(row.blocked_until) }))
  }
}

export default BookingModuleService
