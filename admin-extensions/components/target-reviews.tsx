import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { reviewsPageLink } from "../lib/review-filters"
import { ReviewTarget, useReviews } from "../lib/reviews"
import { RatingSummary } from "./rating-summary"
import { ReviewStatusBadge } from "./review-badges"
import { Stars } from "./review-stars"
import { ReviewText } from "./review-text"

const LATEST = 5

/** On a practitioner's or product's page: its published figures and its five latest reviews in any status, linking to all of them. */
export const TargetReviews = ({ targetType, targetId }: { targetType: ReviewTarget; targetId: string }) => {
  const { data, isLoading, isError, error } = useReviews({ target_type: targetType, target_id: targetId, limit: LATEST, offset: 0 })
  return (
    <Container className="divide-y p-0" data-testid={`${targetType}-reviews`}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">Reviews</Heading>
        <Link
          to={reviewsPageLink({ status: "", target_type: targetType, target_id: targetId })}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          All its reviews{data ? ` (${data.count})` : ""}
        </Link>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading reviews…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load its reviews: {(error as Error).message}</Text>}
      {data?.aggregate && (
        <div className="px-6 py-4">
          <RatingSummary aggregate={data.aggregate} />
        </div>
      )}
      {data && !data.reviews.length && <Text className="px-6 py-4">No reviews yet.</Text>}
      {data && data.reviews.length > 0 && (
        <Table>
          <Table.Body>
            {data.reviews.map((review) => (
              <Table.Row key={review.id} className="align-top" data-testid="target-review">
                <Table.Cell>
                  <Stars rating={review.rating} />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {review.reviewer_name} · {new Date(review.created_at).toLocaleDateString()}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <ReviewText title={review.title} body={review.body} />
                </Table.Cell>
                <Table.Cell>
                  <ReviewStatusBadge status={review.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
