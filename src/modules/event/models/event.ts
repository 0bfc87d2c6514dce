import { model } from "@medusajs/framework/utils"
import { EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from "../values"
import { EventDate } from "./event-date"
import { TicketType } from "./ticket-type"

/**
 * A workshop, circle, ceremony, retreat or talk, hosted by a practitioner
 * (`host_practitioner_id`) or by the house (null). Its dates run in
 * `timezone`, the zone every date is shown and checked in against.
 */
export const Event = model
  .define("event", {
    id: model.id({ prefix: "evt" }).primaryKey(),
    title: model.text(),
    handle: model.text(),
    description: model.text().nullable(),
    kind: model.enum([...EVENT_KINDS]),
    host_practitioner_id: model.text().nullable(),
    format: model.enum([...EVENT_FORMATS]),
    venue_name: model.text().nullable(),
    venue_address: model.text().nullable(),
    city: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    timezone: model.text(),
    /** Shown only to ticket holders. */
    online_url: model.text().nullable(),
    status: model.enum([...EVENT_STATUSES]).default("draft"),
    images: model.array().default([]),
    /** The host's own refund tiers; null uses the platform's default. */
    cancellation_policy: model.json().nullable(),
    /** The Medusa product whose variants sell the tickets. */
    product_id: model.text().nullable(),
    /** How long before a date's start check-in opens. */
    check_in_opens_minutes: model.number().default(120),
    metadata: model.json().nullable(),
    dates: model.hasMany(() => EventDate, { mappedBy: "event" }),
    ticket_types: model.hasMany(() => TicketType, { mappedBy: "event" }),
  })
  .cascades({ delete: ["dates", "ticket_types"] })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }, { on: ["status", "kind"] }, { on: ["host_practitioner_id"] }])
  .checks([
    { name: "event_latitude_range", expression: (c) => `${c.latitude} IS NULL OR (${c.latitude} BETWEEN -90 AND 90)` },
    { name: "event_longitude_range", expression: (c) => `${c.longitude} IS NULL OR (${c.longitude} BETWEEN -180 AND 180)` },
    { name: "event_check_in_opens", expression: (c) => `${c.check_in_opens_minutes} BETWEEN 0 AND 1440` },
  ])
