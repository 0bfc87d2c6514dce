import { model } from "@medusajs/framework/utils"

/** A reply staff use often, to start an answer from. */
export const SupportCannedReply = model.define("support_canned_reply", {
  id: model.id({ prefix: "scan" }).primaryKey(),
  title: model.text(),
  body: model.text(),
})
