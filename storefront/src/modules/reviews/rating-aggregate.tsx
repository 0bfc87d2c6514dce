import type { ReviewAggregate } from "@/lib/data/reviews"
import { reviewCount } from "./review-words"
import { Stars } from "./stars"

/** The average with its stars, how many reviews, and a bar for each number of stars. */
export function RatingAggregate({ aggregate }: { aggregate: ReviewAggregate }) {
  const { average, count, distribution } = aggregate
  return (
    <div className="grid gap-4 sm:grid-cols-[auto_1fr] sm:items-center sm:gap-8" data-testid="rating-aggregate">
      <div>
        <p className="flex items-baseline gap-2">
          <span className="font-serif text-4xl" data-testid="rating-average">
            {count ? average.toFixed(1) : "–"}
          </span>
          <Stars value={count ? average : 0} className="text-xl" />
        </p>
        <p className="text-sm text-ink-soft" data-testid="rating-count">
          {count ? reviewCount(count) : "No reviews yet"}
        </p>
      </div>
      <ul className="max-w-sm space-y-1 text-sm" aria-label="Reviews by number of stars" data-testid="rating-distribution">
        {[5, 4, 3, 2, 1].map((stars) => {
          const n = distribution[String(stars)] ?? 0
          return (
            <li key={stars} className="flex items-center gap-2" data-testid="rating-bar" data-stars={stars}>
              <span className="w-8 shrink-0">
                {stars} <span aria-hidden="true">★</span>
                <span className="sr-only">{stars === 1 ? "star" : "stars"}:</span>
              </span>
              <span className="h-2 flex-1 overflow-hidden rounded-full bg-ink/10" aria-hidden="true">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${count ? (n / count) * 100 : 0}%` }} />
              </span>
              <span className="w-8 shrink-0 text-right text-ink-soft" data-testid="rating-bar-count">
                {n}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
