import { model } from "@medusajs/framework/utils"
import { SUPPORT_AUTHORS } from "../values"

/** One message of a request's thread; an `internal` one is a staff note the requester and practitioners never see. */
export const SupportMessage = model
  .define("support_message", {
    id: model.id({ prefix: "smsg" }).primaryKey(),
    request_id: model.text(),
    author_type: model.enum([...SUPPORT_AUTHORS]),
    author_id: model.text(),
    body: model.text(),
    internal: model.boolean().default(false),
  })
  .indexes([{ on: ["request_id", "created_at"] }])
  .checks([{ name: "support_message_staff_notes_only", expression: (c) => `NOT ${c.internal} OR ${c.author_type} = 'staff'` }])
