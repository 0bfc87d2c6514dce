import { Button, Label, Select, Switch, Text } from "@medusajs/ui"
import { REVIEW_RATINGS, REVIEW_TARGETS } from "../../src/modules/review/values"
import type { ReviewFilters } from "../lib/review-filters"
import type { ReviewTarget } from "../lib/reviews"

const ANY = "any"

/**
 * The Reviews page's filters besides status: target, rating, flagged by the
 * pre-check, a reply waiting. Replies wait mostly on published reviews, so
 * "Reply waiting" switches to every status (a tab still narrows it).
 */
export const ReviewFilterBar = ({ filters, onChange }: { filters: ReviewFilters; onChange: (changes: Partial<ReviewFilters>) => void }) => (
  <div className="flex flex-wrap items-center gap-4 px-6 py-3">
    <div className="flex items-center gap-2">
      <Label htmlFor="reviews-target-type" size="small">
        Target
      </Label>
      <Select
        value={filters.target_type ?? ANY}
        onValueChange={(value) => onChange({ target_type: value === ANY ? undefined : (value as ReviewTarget), target_id: undefined })}
      >
        <Select.Trigger id="reviews-target-type" className="min-w-36">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>Any target</Select.Item>
          {REVIEW_TARGETS.map((target) => (
            <Select.Item key={target} value={target}>
              {target[0].toUpperCase() + target.slice(1)}s
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
    {filters.target_id && (
      <div className="flex items-center gap-1" data-testid="reviews-target-filter">
        <Text size="small">
          Only {filters.target_type} <code>{filters.target_id}</code>
        </Text>
        <Button size="small" variant="transparent" onClick={() => onChange({ target_id: undefined })}>
          Clear
        </Button>
      </div>
    )}
    <div className="flex items-center gap-2">
      <Label htmlFor="reviews-rating" size="small">
        Rating
      </Label>
      <Select
        value={filters.rating ? String(filters.rating) : ANY}
        onValueChange={(value) => onChange({ rating: value === ANY ? undefined : Number(value) })}
      >
        <Select.Trigger id="reviews-rating" className="min-w-28">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>Any rating</Select.Item>
          {REVIEW_RATINGS.map((stars) => (
            <Select.Item key={stars} value={String(stars)}>
              {stars === 1 ? "1 star" : `${stars} stars`}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
    <div className="flex items-center gap-2">
      <Switch id="reviews-flagged" checked={filters.flagged} onCheckedChange={(flagged) => onChange({ flagged })} />
      <Label htmlFor="reviews-flagged" size="small">
        Flagged only
      </Label>
    </div>
    <div className="flex items-center gap-2">
      <Switch
        id="reviews-reply-pending"
        checked={filters.reply_pending}
        onCheckedChange={(reply_pending) => onChange(reply_pending ? { reply_pending, status: "" } : { reply_pending })}
      />
      <Label htmlFor="reviews-reply-pending" size="small">
        Reply waiting
      </Label>
    </div>
  </div>
)
