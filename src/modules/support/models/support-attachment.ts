import { model } from "@medusajs/framework/utils"
import { SUPPORT_AUTHORS } from "../values"

/**
 * A file sent with a message, stored through Medusa's file module. It is
 * uploaded first (no message yet, only its uploader may attach it) and
 * belongs to the message that sends it; it is read through the request's
 * routes, never by a public address.
 */
export const SupportAttachment = model
  .define("support_attachment", {
    id: model.id({ prefix: "satt" }).primaryKey(),
    message_id: model.text().nullable(),
    uploader_type: model.enum([...SUPPORT_AUTHORS]),
    uploader_id: model.text(),
    file_id: model.text(),
    filename: model.text(),
    mime_type: model.text(),
    size: model.number(),
  })
  .indexes([{ on: ["message_id"] }, { on: ["uploader_type", "uploader_id"] }])
