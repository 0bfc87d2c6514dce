/**
 * A booking's statuses and meeting modes, declared once: the model, the
 * workflows, the admin and the storefront's portal import them from here (this
 * file imports nothing, so a browser bundle can take it too).
 */
export const BOOKING_STATUSES = ["held", "confirmed", "completed", "cancelled", "no_show", "expired"] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/** Statuses that occupy the practitioner's time; the exclusion constraint covers exactly these. */
export const LIVE_BOOKING_STATUSES = ["held", "confirmed"] as const satisfies readonly BookingStatus[]

/** Statuses a booking reaches once its order was placed (what booking lists show). */
export const PLACED_BOOKING_STATUSES = ["confirmed", "completed", "cancelled", "no_show"] as const satisfies readonly BookingStatus[]

export const BOOKING_MEETING_MODES = ["in_person", "online"] as const
export type BookingMeetingMode = (typeof BOOKING_MEETING_MODES)[number]

/** What a viewer may do with a booking now, as the backend computes it (`allowed_actions`). */
export const BOOKING_ACTIONS = ["cancel", "reschedule", "complete", "no_show"] as const
export type BookingAction = (typeof BOOKING_ACTIONS)[number]
