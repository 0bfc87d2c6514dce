import { model } from "@medusajs/framework/utils"
import { REVIEW_PURCHASES } from "../values"

/** The email asking for a review of one purchase: sent once, whatever happens after. */
export const ReviewRequest = model
  .define("review_request", {
    id: model.id({ prefix: "rreq" }).primaryKey(),
    purchase_type: model.enum([...REVIEW_PURCHASES]),
    purchase_id: model.text(),
    customer_id: model.text(),
    sent_at: model.dateTime(),
  })
  .indexes([{ on: ["purchase_type", "purchase_id"], unique: true }])
