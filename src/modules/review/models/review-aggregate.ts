import { model } from "@medusajs/framework/utils"
import { REVIEW_TARGETS } from "../values"

/**
 * A target's published reviews in figures: count, average and the 1–5
 * distribution. Rewritten from the reviews in the same transaction as every
 * change of what is published; the directory and the pages read it.
 */
export const ReviewAggregate = model
  .define("review_aggregate", {
    id: model.id({ prefix: "ragg" }).primaryKey(),
    target_type: model.enum([...REVIEW_TARGETS]),
    target_id: model.text(),
    review_count: model.number().default(0),
    rating_average: model.float().default(0),
    rating_1: model.number().default(0),
    rating_2: model.number().default(0),
    rating_3: model.number().default(0),
    rating_4: model.number().default(0),
    rating_5: model.number().default(0),
  })
  .indexes([{ on: ["target_type", "target_id"], unique: true }, { on: ["target_type", "rating_average"] }])
