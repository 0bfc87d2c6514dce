import { model } from "@medusajs/framework/utils"

import { BOOKING_MEETING_MODES, BOOKING_STATUSES } from "../statuses"

export { BOOKING_MEETING_MODES, BOOKING_STATUSES, LIVE_BOOKING_STATUSES } from "../statuses"

/**
 * A session booked with a practitioner. `blocked_from` / `blocked_until` are
 * the start minus the buffer before and the end plus the buffer after, stored
 * so that the database can refuse overlapping live bookings itself (see the
 * module's migration: an exclusion constraint, not a check in code).
 */
export const Booking = model
  .define("booking", {
    id: model.id({ prefix: "bkg" }).primaryKey(),
    practitioner_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    customer_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    blocked_from: model.dateTime(),
    blocked_until: model.dateTime(),
    customer_timezone: model.text(),
    status: model.enum([...BOOKING_STATUSES]).default("held"),
    hold_expires_at: model.dateTime().nullable(),
    meeting_mode: model.enum([...BOOKING_MEETING_MODES]).default("online"),
    meeting_url: model.text().nullable(),
    meeting_address: model.text().nullable(),
    notes: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancelled_by: model.text().nullable(),
    cancellation_reason: model.text().nullable(),
    refund_amount: model.bigNumber().nullable(),
    reschedule_count: model.number().default(0),
    reminder_sent_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["practitioner_id", "starts_at"] },
    // The directory checks stored free slots only against bookings written since they were computed.
    { on: ["practitioner_id", "updated_at"] },
    { on: ["cart_id"] },
    { on: ["order_id"] },
    { on: ["customer_id", "starts_at"] },
    { on: ["status", "hold_expires_at"] },
  ])
  .checks([
    { name: "booking_times_order", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
    {
      name: "booking_blocked_covers_session",
      expression: (c) => `${c.blocked_from} <= ${c.starts_at} AND ${c.blocked_until} >= ${c.ends_at}`,
    },
    { name: "booking_reschedule_count", expression: (c) => `${c.reschedule_count} >= 0` },
  ])
