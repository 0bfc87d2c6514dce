import { REVIEW_RATINGS, REVIEW_STATUSES, REVIEW_TARGETS } from "../../src/modules/review/values"
import type { ReviewListQuery, ReviewStatus, ReviewTarget } from "./reviews"

/**
 * The Reviews page's filters. They live in its address (?status=…&target_type=…),
 * so a target's widget can link to its reviews and a view can be shared.
 * With no status in the address the page shows the queue (pending); "all" is every status.
 */
export type ReviewFilters = {
  /** "" is every status. */
  status: ReviewStatus | ""
  target_type?: ReviewTarget
  /** Only with target_type, as the API requires. */
  target_id?: string
  rating?: number
  flagged: boolean
  reply_pending: boolean
}

const DEFAULT_STATUS: ReviewStatus = "pending"
const EVERY_STATUS = "all"

const oneOf = <T extends string | number>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => String(candidate) === value)

export function filtersFromParams(params: URLSearchParams): ReviewFilters {
  const status = params.get("status")
  const target_type = oneOf(REVIEW_TARGETS, params.get("target_type"))
  const target_id = target_type ? params.get("target_id")?.trim() || undefined : undefined
  const rating = oneOf(REVIEW_RATINGS, params.get("rating"))
  return {
    status: status === EVERY_STATUS ? "" : (oneOf(REVIEW_STATUSES, status) ?? DEFAULT_STATUS),
    ...(target_type ? { target_type } : {}),
    ...(target_id ? { target_id } : {}),
    ...(rating ? { rating } : {}),
    flagged: params.get("flagged") === "true",
    reply_pending: params.get("reply_pending") === "true",
  }
}

export function paramsOfFilters(filters: Partial<ReviewFilters>): URLSearchParams {
  const params = new URLSearchParams()
  const status = filters.status ?? DEFAULT_STATUS
  if (status !== DEFAULT_STATUS) params.set("status", status || EVERY_STATUS)
  if (filters.target_type) params.set("target_type", filters.target_type)
  if (filters.target_type && filters.target_id) params.set("target_id", filters.target_id)
  if (filters.rating) params.set("rating", String(filters.rating))
  if (filters.flagged) params.set("flagged", "true")
  if (filters.reply_pending) params.set("reply_pending", "true")
  return params
}

/** The Reviews page showing these filters, e.g. every review of one practitioner. */
export const reviewsPageLink = (filters: Partial<ReviewFilters>) => {
  const query = paramsOfFilters(filters).toString()
  return query ? `/reviews?${query}` : "/reviews"
}

/** The API query for one page of the filtered list. */
export const listQueryOf = (filters: ReviewFilters, page: { limit: number; offset: number }): ReviewListQuery => ({
  ...(filters.status ? { status: filters.status } : {}),
  ...(filters.target_type ? { target_type: filters.target_type } : {}),
  ...(filters.target_type && filters.target_id ? { target_id: filters.target_id } : {}),
  ...(filters.rating ? { rating: filters.rating } : {}),
  ...(filters.flagged ? { flagged: "true" } : {}),
  ...(filters.reply_pending ? { reply_pending: "true" } : {}),
  ...page,
})

/** Where the admin shows a review's target. */
export const targetPath = (type: ReviewTarget, id: string) =>
  ({ practitioner: `/practitioners/${id}`, product: `/products/${id}`, event: `/events/${id}` })[type]
