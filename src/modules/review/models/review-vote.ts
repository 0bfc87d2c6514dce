import { model } from "@medusajs/framework/utils"

/** A customer found a review helpful; one vote per customer and review. */
export const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "rvote" }).primaryKey(),
    review_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true }])
