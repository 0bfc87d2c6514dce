import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../modules/review"
import type ReviewModuleService from "../modules/review/service"

/**
 * Nightly: recounts every target's published reviews and compares them with
 * the stored figures; any that drifted are rewritten and reported in the log
 * (none should: every change of what is published recounts in its own
 * transaction).
 */
export default async function checkReviewAggregatesJob(container: MedusaContainer) {
  const drifted = await container.resolve<ReviewModuleService>(REVIEW_MODULE).repairAggregateDrift()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (drifted.length) {
    const sample = drifted.slice(0, 10).map((t) => `${t.target_type} ${t.target_id}`)
    logger.warn(`Review figures had drifted for ${drifted.length} target(s) and were recounted: ${sample.join(", ")}`)
  } else {
    logger.info("Review figures checked: no drift")
  }
}

export const config = { name: "check-review-aggregates", schedule: "43 3 * * *" }
