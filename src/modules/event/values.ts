/**
 * An event's kinds, formats and statuses, and those of its dates, tickets and
 * waitlist entries, declared once: the models, the workflows, the admin and
 * the storefront import them from here (this file imports nothing, so a
 * browser bundle can take it too).
 */
export const EVENT_KINDS = ["workshop", "circle", "ceremony", "retreat", "talk"] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_FORMATS = ["in_person", "online", "hybrid"] as const
export type EventFormat = (typeof EVENT_FORMATS)[number]

export const EVENT_STATUSES = ["draft", "published", "cancelled", "completed"] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const EVENT_DATE_STATUSES = ["scheduled", "cancelled", "completed"] as const
export type EventDateStatus = (typeof EVENT_DATE_STATUSES)[number]

export const TICKET_TYPE_KINDS = ["general", "early_bird", "concession"] as const
export type TicketTypeKind = (typeof TICKET_TYPE_KINDS)[number]

export const TICKET_STATUSES = ["valid", "checked_in", "cancelled", "refunded"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const WAITLIST_STATUSES = ["waiting", "offered", "claimed", "expired", "left"] as const
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number]

/** A cart's seats: held while checking out, then released (line removed), expired, or sold (an order's tickets). */
export const SEAT_HOLD_STATUSES = ["held", "released", "expired", "sold"] as const
export type SeatHoldStatus = (typeof SEAT_HOLD_STATUSES)[number]
