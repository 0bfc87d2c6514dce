/**
 * Every table and column that the queries in this folder read by name, listed
 * once. integration-tests/http/query-tables.spec.ts checks each against the
 * migrated database, so a Medusa upgrade (or a changed link) that renames or
 * drops one fails that test by name instead of failing a route at run time.
 * When a query here reads a new column, add it to this list.
 */
export const QUERIED_COLUMNS: Record<string, readonly string[]> = {
  // Medusa's product module (practitioner-directory.ts)
  product: ["id", "status", "metadata", "deleted_at"],
  product_variant: ["id", "product_id", "deleted_at"],
  // Medusa's product ↔ pricing link (practitioner-directory.ts)
  product_variant_price_set: ["variant_id", "price_set_id", "deleted_at"],
  // Medusa's pricing module (practitioner-directory.ts)
  price: ["price_set_id", "amount", "currency_code", "price_list_id", "rules_count", "deleted_at"],
  // Medusa's inventory module (low-stock.ts, event-listing.ts)
  inventory_level: ["inventory_item_id", "stocked_quantity", "reserved_quantity", "deleted_at"],
  // Medusa's product ↔ inventory link (low-stock.ts)
  product_variant_inventory_item: ["inventory_item_id", "variant_id", "deleted_at"],
  // Our practitioner ↔ product link, named by Medusa's link module (src/links/practitioner-product.ts)
  practitioner_practitioner_product_product: ["practitioner_id", "product_id", "deleted_at"],
  // Our practitioner module (practitioner-directory.ts)
  practitioner: [
    "id",
    "status",
    "kind",
    "display_name",
    "bio",
    "specialties",
    "languages",
    "meeting_modes",
    "latitude",
    "longitude",
    "created_at",
    "deleted_at",
    "handle",
  ],
  // Our event module (event-listing.ts)
  event: [
    "id",
    "title",
    "handle",
    "kind",
    "format",
    "city",
    "venue_name",
    "timezone",
    "images",
    "product_id",
    "host_practitioner_id",
    "latitude",
    "longitude",
    "status",
    "deleted_at",
  ],
  // Our availability module (practitioner-directory.ts, free-slots-due.ts)
  availability_free_slot: ["practitioner_id", "starts_at", "ends_at", "blocked_from", "blocked_until", "book_by", "deleted_at"],
  availability_free_slot_refresh: ["practitioner_id", "refreshed_at", "stale_since", "slot_count", "deleted_at"],
  // Our booking module (practitioner-directory.ts, free-slots-due.ts)
  booking: ["practitioner_id", "status", "blocked_from", "blocked_until", "updated_at", "deleted_at"],
  // Our review module (practitioner-directory.ts)
  review_aggregate: ["target_type", "target_id", "rating_average", "review_count", "deleted_at"],
  event_date: ["id", "event_id", "starts_at", "ends_at", "capacity", "status", "inventory_item_id", "deleted_at"],
  event_seat_hold: ["event_date_id", "quantity", "status", "expires_at", "deleted_at"],
}
