import { model } from "@medusajs/framework/utils"

/** A stretch away (holiday, retreat), as instants. */
export const TimeOff = model
  .define("availability_time_off", {
    id: model.id({ prefix: "avoff" }).primaryKey(),
    practitioner_id: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["practitioner_id", "starts_at"] }])
  .checks([{ name: "availability_time_off_order", expression: (c) => `${c.ends_at} > ${c.starts_at}` }])
