import { model } from "@medusajs/framework/utils"
import { FAVOURITE_TARGETS } from "../values"

/**
 * A practitioner, event or product a customer saved; once each. `notify`
 * (practitioners only) asks for an email when they open new times or a new
 * event, at most once a day (`last_notified_at`).
 */
export const Favourite = model
  .define("favourite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text(),
    target_type: model.enum([...FAVOURITE_TARGETS]),
    target_id: model.text(),
    notify: model.boolean().default(false),
    last_notified_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id", "target_type", "target_id"], unique: true }, { on: ["target_type", "target_id", "notify"] }])
  .checks([{ name: "favourite_notify_practitioners_only", expression: (c) => `NOT ${c.notify} OR ${c.target_type} = 'practitioner'` }])
