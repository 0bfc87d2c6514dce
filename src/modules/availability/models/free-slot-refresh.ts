import { model } from "@medusajs/framework/utils"

/**
 * When a practitioner's free slots were last computed and whether something
 * they depend on changed since (`stale_since`: set by the schedule
 * workflows; bookings changed after `refreshed_at` are found by the refresh
 * job itself).
 */
export const FreeSlotRefresh = model
  .define("availability_free_slot_refresh", {
    id: model.id({ prefix: "avref" }).primaryKey(),
    practitioner_id: model.text(),
    refreshed_at: model.dateTime().nullable(),
    stale_since: model.dateTime().nullable(),
    slot_count: model.number().default(0),
  })
  .indexes([{ on: ["practitioner_id"], unique: true }])
