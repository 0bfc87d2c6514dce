import { Text } from "@medusajs/ui"
import { REVIEW_RATINGS } from "../../src/modules/review/values"
import type { ReviewAggregate } from "../lib/reviews"
import { Stars } from "./review-stars"

/** A target's published figures: the average, how many reviews, and a bar for each star from 5 down to 1. */
export const RatingSummary = ({ aggregate }: { aggregate: ReviewAggregate }) => (
  <div className="flex flex-wrap items-start gap-6" data-testid="rating-summary">
    <div className="flex flex-col gap-1">
      <Text size="xlarge" weight="plus">
        {aggregate.count ? aggregate.average.toFixed(1) : "—"}
      </Text>
      <Stars rating={aggregate.average} />
      <Text size="small" className="text-ui-fg-subtle">
        {aggregate.count === 1 ? "1 published review" : `${aggregate.count} published reviews`}
      </Text>
    </div>
    <ul className="flex min-w-48 flex-1 flex-col gap-1">
      {[...REVIEW_RATINGS].reverse().map((star) => (
        <DistributionBar key={star} star={star} count={aggregate.distribution[star] ?? 0} total={aggregate.count} />
      ))}
    </ul>
  </div>
)

const DistributionBar = ({ star, count, total }: { star: number; count: number; total: number }) => (
  <li className="flex items-center gap-2" aria-label={`${star} stars: ${count}`}>
    <Text size="small" className="w-4 text-right" aria-hidden>
      {star}
    </Text>
    <div className="bg-ui-bg-component h-2 flex-1 overflow-hidden rounded-full" aria-hidden>
      <div className="bg-ui-tag-orange-icon h-2 rounded-full" style={{ width: `${total ? (count / total) * 100 : 0}%` }} />
    </div>
    <Text size="small" className="text-ui-fg-subtle w-8 text-right" aria-hidden>
      {count}
    </Text>
  </li>
)
