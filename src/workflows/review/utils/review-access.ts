import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

type Container = { resolve: <T = any>(key: string) => T }

/** Someone else's review reads as not found, never as forbidden. */
export const noSuchReview = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${id} of yours.`)

export async function reviewById(container: Container, id: string) {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${id}.`)
  return review
}

/** The customer's own review, or not found. */
export async function ownReview(container: Container, id: string, customerId: string) {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id, customer_id: customerId })
  if (!review) throw noSuchReview(id)
  return review
}

/** A published review anyone may see (report, vote), or not found. */
export async function publishedReview(container: Container, id: string) {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id, status: "published" })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published review ${id}.`)
  return review
}
