import { model } from "@medusajs/framework/utils"

/**
 * A free slot of a practitioner's shortest published session in the next
 * days, as the slot engine computed it at the practitioner's last refresh
 * (see free-slot-refresh). `blocked_from`/`blocked_until` are the slot with
 * its buffers, so a query can drop a slot a newer booking or hold overlaps,
 * by the exclusion constraint's own rule; `book_by` is the last moment the
 * minimum notice allows booking it.
 */
export const FreeSlot = model
  .define("availability_free_slot", {
    id: model.id({ prefix: "avslot" }).primaryKey(),
    practitioner_id: model.text(),
    variant_id: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    blocked_from: model.dateTime(),
    blocked_until: model.dateTime(),
    book_by: model.dateTime(),
  })
  .indexes([{ on: ["practitioner_id", "starts_at"] }, { on: ["starts_at"] }])
