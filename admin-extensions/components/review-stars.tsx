import { Star, StarSolid } from "@medusajs/icons"
import { REVIEW_RATINGS } from "../../src/modules/review/values"

/** A rating as five stars, filled up to the rating; screen readers hear "4 of 5 stars". */
export const Stars = ({ rating }: { rating: number }) => (
  <span className="text-ui-tag-orange-icon inline-flex items-center" role="img" aria-label={`${Number(rating.toFixed(1))} of 5 stars`}>
    {REVIEW_RATINGS.map((star) => (star <= Math.round(rating) ? <StarSolid key={star} /> : <Star key={star} />))}
  </span>
)
