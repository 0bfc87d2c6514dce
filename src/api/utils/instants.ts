import { z } from "@medusajs/framework/zod"

const DAY = 86_400_000

/** How far ahead anything can be booked, asked about or blocked: no practitioner's window reaches further. */
export const HORIZON_YEARS = 2

/** The instants a booking, a window of free times or time off may fall on now: from a day ago to two years ahead. */
export function bookingHorizon(now: Date) {
  const latest = new Date(now)
  latest.setUTCFullYear(latest.getUTCFullYear() + HORIZON_YEARS)
  return { earliest: new Date(now.getTime() - DAY), latest }
}

/** The dates list filters may name: any day of this century. */
const FILTER_RANGE = { earliest: new Date("2000-01-01T00:00:00Z"), latest: new Date("2100-01-01T00:00:00Z") }

/**
 * An ISO date-time (or, with `dateOnly`, also a plain date) inside the booking
 * horizon, as a Date; anything else is a 400 that names the field and the
 * range. No request can make the slot engine walk centuries.
 */
export function horizonInstant(field: string, options: { dateOnly?: boolean } = {}) {
  const format = options.dateOnly
    ? "an ISO date or date-time, e.g. 2026-12-01 or 2026-12-01T09:00:00Z"
    : "an ISO date-time such as 2026-12-07T08:00:00Z"
  return isoInstant(field, format, !!options.dateOnly).superRefine((date, ctx) => {
    const { earliest, latest } = bookingHorizon(new Date())
    if (date < earliest || date > latest) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${field} must be between ${earliest.toISOString()} and ${latest.toISOString()} (from a day ago to ${HORIZON_YEARS} years ahead)`,
      })
    }
  })
}

/** An ISO date-time for a list filter, in this century. */
export function filterInstant(field: string) {
  return isoInstant(field, "an ISO date-time", false).refine((date) => date >= FILTER_RANGE.earliest && date < FILTER_RANGE.latest, {
    message: `${field} must be a date-time between 2000 and 2100`,
  })
}

function isoInstant(field: string, format: string, dateOnly: boolean) {
  const text = z.string({ message: `${field} is required: ${format}` })
  const checked = dateOnly
    ? text.regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, `${field} must be ${format}`)
    : text.datetime({ offset: true, message: `${field} must be ${format}` })
  return checked
    .refine((value) => !Number.isNaN(Date.parse(value)), { message: `${field} must be ${format}` })
    .transform((value) => new Date(value))
}
