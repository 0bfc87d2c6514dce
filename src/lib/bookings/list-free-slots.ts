import { freeSlots, Slot } from "../scheduling"
import type AvailabilityModuleService from "../../modules/availability/service"
import type BookingModuleService from "../../modules/booking/service"
import { SessionVariant } from "./session-variant"

const DAY = 86_400_000

/**
 * Free slots of one session variant: the practitioner's availability and
 * live bookings read from their modules, then the pure slot engine.
 */
export async function listFreeSlots(input: {
  availability: AvailabilityModuleService
  bookings: BookingModuleService
  session: SessionVariant
  from: Date
  to: Date
  displayZone: string
  now: Date
  /** A booking that is moving (a reschedule) does not block its own new time. */
  ignoreBookingId?: string
}): Promise<Slot[]> {
  const practitionerId = input.session.practitioner.id
  // Bookings up to a day either side can reach into the window with their buffers.
  const widened = { from: new Date(input.from.getTime() - DAY), to: new Date(input.to.getTime() + DAY) }
  const [availability, blocked] = await Promise.all([
    input.availability.availabilityFor(practitionerId, { from: input.from, to: input.to }),
    input.bookings.listBlockedRanges(practitionerId, widened, input.ignoreBookingId),
  ])
  return freeSlots({
    now: input.now,
    timeZone: input.session.practitioner.timezone,
    rules: availability.rules,
    overrides: availability.overrides,
    timeOff: availability.timeOff,
    blocked,
    settings: availability.settings,
    durationMinutes: input.session.duration_minutes,
    from: input.from,
    to: input.to,
    displayZone: input.displayZone,
  })
}

/** The slots routes' answer: the times, the zone they are shown in, the practitioner's, the duration and the window. */
export function slotsAnswer(slots: Slot[], session: SessionVariant, window: { from: Date; to: Date }, timezone: string) {
  return {
    slots,
    timezone,
    practitioner_timezone: session.practitioner.timezone,
    duration_minutes: session.duration_minutes,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
  }
}
