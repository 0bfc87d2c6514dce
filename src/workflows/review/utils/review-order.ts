import type { ReviewSort } from "../../../modules/review/values"

/** How each public sort orders reviews; ties fall to the newest, then the id, so pages never overlap. */
export function reviewOrder(sort: ReviewSort): Record<string, "ASC" | "DESC"> {
  switch (sort) {
    case "highest":
      return { rating: "DESC", published_at: "DESC", id: "DESC" }
    case "lowest":
      return { rating: "ASC", published_at: "DESC", id: "DESC" }
    case "helpful":
      return { helpful_count: "DESC", published_at: "DESC", id: "DESC" }
    default:
      return { published_at: "DESC", id: "DESC" }
  }
}
