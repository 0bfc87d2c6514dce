import { z } from "@medusajs/framework/zod"
import { MAX_DATE_CAPACITY, MAX_EVENT_DATES, MAX_TICKET_TYPES } from "../../../lib/events/event-catalog"
import { isKnownTimeZone } from "../../../lib/practitioners/time-zone"
import { EVENT_FORMATS, EVENT_KINDS, TICKET_TYPE_KINDS } from "../../../modules/event/values"
import { horizonInstant } from "../../utils/instants"
import { listOffset } from "../../utils/paging"

const text = (field: string, max: number) =>
  z.string().trim().min(1, `${field} cannot be empty`).max(max, `${field} can be at most ${max} characters`)
const httpUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(500)
    .url(`${field} must be a full address such as https://meet.example.com/circle`)
    .refine((url) => /^https?:\/\//.test(url), `${field} must start with https:// or http://`)

/** The host's refund tiers: from `hours_before` the date starts, `percent` comes back. */
const RefundTiers = z
  .object({
    refund_tiers: z
      .array(
        z
          .object({
            hours_before: z.number().int().min(0).max(8760, "hours_before can be at most a year (8760)"),
            percent: z.number().int().min(0).max(100, "percent is from 0 to 100"),
          })
          .strict()
      )
      .min(1, "refund_tiers needs at least one tier")
      .max(10, "refund_tiers can have at most 10 tiers"),
  })
  .strict()

const eventFields = {
  title: text("title", 200),
  description: z.string().trim().max(5000, "description can be at most 5000 characters").optional(),
  kind: z.enum(EVENT_KINDS, { message: `kind must be one of ${EVENT_KINDS.join(", ")}` }),
  format: z.enum(EVENT_FORMATS, { message: `format must be one of ${EVENT_FORMATS.join(", ")}` }),
  venue_name: text("venue_name", 200).optional(),
  venue_address: text("venue_address", 500).optional(),
  city: text("city", 100).optional(),
  latitude: z.number().min(-90).max(90, "latitude must be between -90 and 90").optional(),
  longitude: z.number().min(-180).max(180, "longitude must be between -180 and 180").optional(),
  timezone: z.string().max(64).refine(isKnownTimeZone, { message: 'timezone must be an IANA time zone such as "Africa/Johannesburg"' }),
  online_url: httpUrl("online_url").optional(),
  check_in_opens_minutes: z.number().int().min(0).max(1440, "check_in_opens_minutes is from 0 to 1440").optional(),
  status: z.enum(["draft", "published"], { message: "status must be draft or published" }).default("draft"),
}

const Prices = z
  .record(
    z.string().regex(/^[a-z]{3}$/, "prices are keyed by a lower-case currency code such as zar"),
    z.number().min(0, "a price cannot be negative").max(1_000_000, "a price can be at most 1,000,000")
  )
  .refine((prices) => Object.keys(prices).length >= 1 && Object.keys(prices).length <= 10, "give a price in 1 to 10 currencies")

export const VendorCreateEvent = z
  .object({
    ...eventFields,
    dates: z
      .array(
        z
          .object({
            starts_at: horizonInstant("dates[].starts_at"),
            ends_at: horizonInstant("dates[].ends_at"),
            capacity: z.number().int().min(1).max(MAX_DATE_CAPACITY, `capacity is from 1 to ${MAX_DATE_CAPACITY}`),
          })
          .strict()
      )
      .min(1, "dates needs at least one date")
      .max(MAX_EVENT_DATES, `an event runs on at most ${MAX_EVENT_DATES} dates`),
    ticket_types: z
      .array(
        z
          .object({
            name: text("ticket_types[].name", 100),
            kind: z.enum(TICKET_TYPE_KINDS).default("general"),
            sale_starts_at: horizonInstant("ticket_types[].sale_starts_at").optional(),
            sale_ends_at: horizonInstant("ticket_types[].sale_ends_at").optional(),
            per_order_limit: z.number().int().min(1).max(100, "per_order_limit is from 1 to 100").optional(),
            prices: Prices,
          })
          .strict()
      )
      .min(1, "ticket_types needs at least one ticket type")
      .max(MAX_TICKET_TYPES, `an event sells at most ${MAX_TICKET_TYPES} ticket types`),
  })
  .strict()
export type VendorCreateEventType = z.infer<typeof VendorCreateEvent>

/** What can change once an event exists: its words, place, link, check-in window, refund tiers and status. */
export const VendorUpdateEvent = z
  .object({
    title: eventFields.title.optional(),
    description: eventFields.description.nullable(),
    venue_name: eventFields.venue_name.nullable(),
    venue_address: eventFields.venue_address.nullable(),
    city: eventFields.city.nullable(),
    online_url: eventFields.online_url.nullable(),
    check_in_opens_minutes: eventFields.check_in_opens_minutes,
    cancellation_policy: RefundTiers.nullable().optional(),
    status: z.enum(["draft", "published"], { message: "status must be draft or published" }).optional(),
  })
  .strict()
export type VendorUpdateEventType = z.infer<typeof VendorUpdateEvent>

export const VendorSetDateCapacity = z
  .object({ capacity: z.number().int().min(1).max(MAX_DATE_CAPACITY, `capacity is from 1 to ${MAX_DATE_CAPACITY}`) })
  .strict()
export type VendorSetDateCapacityType = z.infer<typeof VendorSetDateCapacity>

export const VendorListEvents = z
  .object({
    status: z.enum(["draft", "published", "cancelled", "completed"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: listOffset,
  })
  .strict()
export type VendorListEventsType = z.infer<typeof VendorListEvents>

export const ListAttendees = z
  .object({ format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json") })
  .strict()
export type ListAttendeesType = z.infer<typeof ListAttendees>

/** What can change on a ticket type once on sale: its per-order limit, its sale window and its prices (its name stays: sold tickets carry it). */
export const VendorUpdateTicketType = z
  .object({
    per_order_limit: z.number().int().min(1).max(100, "per_order_limit is from 1 to 100").optional(),
    sale_starts_at: horizonInstant("sale_starts_at").nullable().optional(),
    sale_ends_at: horizonInstant("sale_ends_at").nullable().optional(),
    prices: Prices.optional(),
  })
  .strict()
export type VendorUpdateTicketTypeType = z.infer<typeof VendorUpdateTicketType>

export const VendorAddEventDate = z
  .object({
    starts_at: horizonInstant("starts_at"),
    ends_at: horizonInstant("ends_at"),
    capacity: z.number().int().min(1).max(MAX_DATE_CAPACITY, `capacity is from 1 to ${MAX_DATE_CAPACITY}`),
  })
  .strict()
export type VendorAddEventDateType = z.infer<typeof VendorAddEventDate>
