import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { BlockedRange } from "../../lib/scheduling"
import { Booking, LIVE_BOOKING_STATUSES } from "./models/booking"

class BookingModuleService extends MedusaService({ Booking }) {
  /** The blocked ranges of a practitioner's live bookings (held, confirmed) touching [from, to). */
  @InjectManager()
  async listBlockedRanges(
    practitionerId: string,
    window: { from: Date; to: Date },
    exceptBookingId?: string,
    @MedusaContext() context: Context = {}
  ): Promise<BlockedRange[]> {
    const bookings = await this.listBookings(
      {
        practitioner_id: practitionerId,
        status: [...LIVE_BOOKING_STATUSES],
        blocked_from: { $lt: window.to },
        blocked_until: { $gt: window.from },
        ...(exceptBookingId ? { id: { $ne: exceptBookingId } } : {}),
      },
      { select: ["blocked_from", "blocked_until"] },
      context
    )
    return bookings.map((b) => ({ blocked_from: new Date(b.blocked_from), blocked_until: new Date(b.blocked_until) }))
  }
}

export default BookingModuleService
