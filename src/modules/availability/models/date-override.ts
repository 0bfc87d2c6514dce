import { model } from "@medusajs/framework/utils"

/**
 * Other hours on one local date; no intervals means a day off. Intervals are
 * `[{ start: "HH:MM", end: "HH:MM" }]` in the practitioner's zone.
 */
export const DateOverride = model
  .define("availability_date_override", {
    id: model.id({ prefix: "avovr" }).primaryKey(),
    practitioner_id: model.text(),
    date: model.text(),
    intervals: model.json().default({ items: [] }),
  })
  .indexes([{ on: ["practitioner_id", "date"], unique: true, where: "deleted_at IS NULL" }])
  .checks([{ name: "availability_override_date", expression: (c) => `${c.date} ~ '^\\d{4}-\\d{2}-\\d{2}$'` }])
