import { freeSlots, SchedulingSettings, Slot } from "../../../lib/scheduling"
import type { SessionVariant } from "../../../lib/bookings/session-variant"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

type Container = { resolve: <T>(key: string) => T }

const DAY = 86_400_000

/**
 * Free slots of one session variant: the practitioner's availability and
 * live bookings read from their modules, then the pure slot engine.
 */
export async function listFreeSlots(
  container: Container,
  input: {
    session: SessionVariant
    from: Date
    to: Date
    displayZone: string
    now: Date
    /** A booking that is moving (a reschedule) does not block its own new time. */
    ignoreBookingId?: string
  }
): Promise<Slot[]> {
  return (await listFreeSlotsWithSettings(container, input)).slots
}

/** listFreeSlots with the scheduling settings it applied (buffers, notice), for callers that store slots. */
export async function listFreeSlotsWithSettings(
  container: Container,
  input: Parameters<typeof listFreeSlots>[1]
): Promise<{ slots: Slot[]; settings: SchedulingSettings }> {
  const practitionerId = input.session.practitioner.id
  // Bookings up to a day either side can reach into the window with their buffers.
  const widened = { from: new Date(input.from.getTime() - DAY), to: new Date(input.to.getTime() + DAY) }
  const [availability, blocked] = await Promise.all([
    container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE).availabilityFor(practitionerId, { from: input.from, to: input.to }),
    container.resolve<BookingModuleService>(BOOKING_MODULE).listBlockedRanges(practitionerId, widened, input.ignoreBookingId),
  ])
  const slots = freeSlots({
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
  return { slots, settings: availability.settings }
}

/**
 * What the slots routes answer: the free times, the zone they are shown in,
 * the practitioner's zone, the duration and the window.
 */
export async function freeSlotsAnswer(
  container: Container,
  input: { session: SessionVariant; from: Date; to: Date; timezone: string; now: Date; ignoreBookingId?: string }
) {
  const { session, from, to, timezone } = input
  const slots = await listFreeSlots(container, {
    session,
    from,
    to,
    displayZone: timezone,
    now: input.now,
    ignoreBookingId: input.ignoreBookingId,
  })
  return {
    slots,
    timezone,
    practitioner_timezone: session.practitioner.timezone,
    duration_minutes: session.duration_minutes,
    from: from.toISOString(),
    to: to.toISOString(),
  }
}
