import type { MedusaContainer } from "@medusajs/framework/types"
import { askForReviewsWorkflow } from "../workflows/review/workflows/ask-for-reviews"

/** Hourly: asks for reviews of sessions completed a day ago, events just ended and crystals delivered a week ago, once each. */
export default async function askForReviewsJob(container: MedusaContainer) {
  await askForReviewsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "ask-for-reviews", schedule: "23 * * * *" }
