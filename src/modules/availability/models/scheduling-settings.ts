import { model } from "@medusajs/framework/utils"

/** A practitioner's booking settings; a practitioner without a row gets the defaults. */
export const SchedulingSettings = model
  .define("availability_settings", {
    id: model.id({ prefix: "avset" }).primaryKey(),
    practitioner_id: model.text(),
    buffer_before_minutes: model.number().default(0),
    buffer_after_minutes: model.number().default(15),
    minimum_notice_minutes: model.number().default(720),
    maximum_advance_days: model.number().default(60),
    slot_step_minutes: model.number().default(30),
    /** This practitioner's own cancellation and reschedule policy (src/lib/bookings/policy.ts); null: the platform's. */
    cancellation_policy: model.json().nullable(),
  })
  .indexes([{ on: ["practitioner_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "availability_settings_ranges",
      expression: (c) =>
        `${c.buffer_before_minutes} BETWEEN 0 AND 240 AND ${c.buffer_after_minutes} BETWEEN 0 AND 240 AND ` +
        `${c.minimum_notice_minutes} BETWEEN 0 AND 43200 AND ${c.maximum_advance_days} BETWEEN 1 AND 365 AND ` +
        `${c.slot_step_minutes} BETWEEN 5 AND 240`,
    },
  ])
