/**
 * The fields of a booking's own row that booking reads return; each route's
 * query-config.ts adds what its audience may see of the linked records
 * (src/links/booking-*.ts), so every read declares its fields once.
 */
export const BOOKING_ROW_FIELDS = [
  "id",
  "status",
  "practitioner_id",
  "product_id",
  "variant_id",
  "customer_id",
  "cart_id",
  "line_item_id",
  "order_id",
  "starts_at",
  "ends_at",
  "blocked_from",
  "blocked_until",
  "customer_timezone",
  "hold_expires_at",
  "meeting_mode",
  "meeting_url",
  "meeting_address",
  "notes",
  "cancelled_at",
  "cancelled_by",
  "cancellation_reason",
  "refund_amount",
  "reschedule_count",
  "reminder_sent_at",
  "created_at",
  "updated_at",
]

/** The offering booked: the variant (its duration) and its product. */
export const BOOKING_OFFERING_FIELDS = ["variant.id", "variant.title", "variant.product.id", "variant.product.title"]

/** Who the session is with, as shoppers and staff see them. */
export const BOOKING_PRACTITIONER_FIELDS = ["practitioner.id", "practitioner.handle", "practitioner.display_name", "practitioner.timezone"]

/** A read config for booking routes: these fields by default, and only these may be asked for. */
export function bookingQueryConfig(fields: string[], isList: boolean) {
  return { defaults: fields, allowed: fields, isList }
}
