import { Checkbox, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { targetPath } from "../lib/review-filters"
import type { StaffReview } from "../lib/reviews"
import { ReplyModeration } from "./reply-moderation"
import { ReviewActions } from "./review-actions"
import { FlagBadges, ReviewStatusBadge, VerifiedBadge } from "./review-badges"
import { Stars } from "./review-stars"
import { ReviewText } from "./review-text"

const link = "text-ui-fg-interactive hover:underline"

/** One review in the moderation queue: who, about what, what they wrote, what the pre-check and readers found, and the decisions. */
export const ReviewRow = ({
  review,
  selected,
  onSelect,
}: {
  review: StaffReview
  /** Undefined when approving would change nothing (it is published, with no reports), so it takes no part in bulk approval. */
  selected: boolean | undefined
  onSelect: (selected: boolean) => void
}) => (
  <Table.Row data-testid="review-row" className="align-top">
    <Table.Cell>
      {selected !== undefined && (
        <Checkbox
          checked={selected}
          onCheckedChange={(checked) => onSelect(checked === true)}
          aria-label={`Select ${review.reviewer_name}'s review`}
        />
      )}
    </Table.Cell>
    <Table.Cell>{new Date(review.created_at).toLocaleDateString()}</Table.Cell>
    <Table.Cell>
      {review.customer_id ? (
        <Link to={`/customers/${review.customer_id}`} className={link}>
          {review.reviewer_name}
        </Link>
      ) : (
        review.reviewer_name
      )}
    </Table.Cell>
    <Table.Cell>
      <Text size="small" className="text-ui-fg-subtle capitalize">
        {review.target_type}
      </Text>
      <Link to={targetPath(review.target_type, review.target_id)} className={`${link} txt-compact-small`}>
        {review.target_id}
      </Link>
    </Table.Cell>
    <Table.Cell>
      <Stars rating={review.rating} />
    </Table.Cell>
    <Table.Cell>
      <ReviewText title={review.title} body={review.body} />
      {review.edited_at && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Edited {new Date(review.edited_at).toLocaleDateString()}
        </Text>
      )}
      <ReplyModeration review={review} />
    </Table.Cell>
    <Table.Cell>{review.flags.length ? <FlagBadges flags={review.flags} /> : "—"}</Table.Cell>
    <Table.Cell>{review.report_count}</Table.Cell>
    <Table.Cell>
      <VerifiedBadge review={review} />
    </Table.Cell>
    <Table.Cell>
      <ReviewStatusBadge status={review.status} />
      {review.moderation_reason && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {review.moderation_reason.label}
        </Text>
      )}
      {review.moderation_note && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Note: {review.moderation_note}
        </Text>
      )}
      {review.status === "hidden" && !review.moderation_reason && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Hidden by readers' reports
        </Text>
      )}
    </Table.Cell>
    <Table.Cell>
      <ReviewActions review={review} />
    </Table.Cell>
  </Table.Row>
)
