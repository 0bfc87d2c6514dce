import { Badge, Text } from "@medusajs/ui"
import type { ReplyStatus, ReviewFlag, ReviewStatus, StaffReview } from "../lib/reviews"

const STATUS_COLOR = { pending: "orange", published: "green", rejected: "red", hidden: "grey" } as const

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus | ReplyStatus }) => (
  <Badge size="2xsmall" color={STATUS_COLOR[status]}>
    {status}
  </Badge>
)

/** What the pre-check found; a flag only sends a review to staff, it is not a verdict. */
const FLAG_LABELS: Record<ReviewFlag, string> = { link: "Link", email: "Email address", phone: "Phone number", word: "Listed word" }

export const FlagBadges = ({ flags }: { flags: ReviewFlag[] }) =>
  flags.length ? (
    <div className="flex flex-wrap gap-1">
      {flags.map((flag) => (
        <Badge key={flag} size="2xsmall" color="orange">
          {FLAG_LABELS[flag]}
        </Badge>
      ))}
    </div>
  ) : null

/** "Verified booking" (or order, ticket) when the purchase stands; otherwise why it no longer does. */
export const VerifiedBadge = ({ review }: { review: Pick<StaffReview, "verified" | "badge" | "unverified_reason"> }) =>
  review.verified ? (
    <Badge size="2xsmall" color="blue">
      {review.badge ?? "Verified"}
    </Badge>
  ) : (
    <div className="flex flex-col items-start gap-1">
      <Badge size="2xsmall" color="grey">
        Unverified
      </Badge>
      {review.unverified_reason && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {review.unverified_reason}
        </Text>
      )}
    </div>
  )
