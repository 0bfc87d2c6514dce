import { model } from "@medusajs/framework/utils"

/** Someone's report of a review; one per reporter and review. */
export const ReviewReport = model
  .define("review_report", {
    id: model.id({ prefix: "rrep" }).primaryKey(),
    review_id: model.text(),
    reporter_type: model.enum(["customer", "practitioner"]),
    reporter_id: model.text(),
    reason: model.text(),
    /** Set when staff decided on the review after this report: it no longer counts toward hiding it. */
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["review_id", "reporter_type", "reporter_id"], unique: true }])
