import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { StatusTabs } from "../../components/list-controls"
import { Pager } from "../../components/pager"
import { ReviewFilterBar } from "../../components/review-filter-bar"
import { ReviewRow } from "../../components/review-row"
import { filtersFromParams, listQueryOf, paramsOfFilters, ReviewFilters } from "../../lib/review-filters"
import { useApproveReviews, useReviews } from "../../lib/reviews"

const PAGE_SIZE = 20
const TABS = ["pending", "published", "rejected", "hidden", ""] as const

/**
 * Reviews: the moderation queue (pending, oldest first) and every other review,
 * filtered by status, target, rating, the pre-check's flags or a reply waiting.
 * The filters live in the address, so a practitioner's or product's page can link here.
 */
const ReviewsPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const change = (changes: Partial<ReviewFilters>) => setParams(paramsOfFilters({ ...filters, ...changes }))
  return (
    <Container className="divide-y p-0" data-testid="avenrae-reviews">
      <div className="px-6 py-4">
        <Heading level="h1">Reviews</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Reviews are refused or hidden only for their content (abuse, personal data, off-topic, spam), never for being negative.
        </Text>
      </div>
      <StatusTabs tabs={TABS} current={filters.status} onChange={(status) => change({ status })} />
      <ReviewFilterBar filters={filters} onChange={change} />
      {/* Other filters start again at the first page, with nothing selected. */}
      <ReviewList key={paramsOfFilters(filters).toString()} filters={filters} />
    </Container>
  )
}

const ReviewList = ({ filters }: { filters: ReviewFilters }) => {
  const [page, setPage] = useState(0)
  const [selectedIds, setSelectedIds] = useState<string[]>([])
  const { data, isLoading, isError, error } = useReviews(listQueryOf(filters, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }))
  const approveMany = useApproveReviews()
  const approvable = (data?.reviews ?? []).filter((review) => review.allowed_actions.includes("approve")).map((review) => review.id)
  // Only what is on this page and still approvable: a review approved on its own row drops out.
  const selected = approvable.filter((id) => selectedIds.includes(id))
  const select = (id: string, on: boolean) => setSelectedIds(on ? [...selectedIds, id] : selectedIds.filter((other) => other !== id))
  const approveSelected = () =>
    approveMany.mutate(selected, {
      onSuccess: ({ reviews }) => {
        toast.success(reviews.length === 1 ? "1 review published" : `${reviews.length} reviews published`)
        setSelectedIds([])
      },
      onError: (e) => toast.error(e.message),
    })
  const turnPage = (next: number) => {
    setPage(next)
    setSelectedIds([])
  }

  return (
    <>
      {isLoading && <Text className="px-6 py-4">Loading reviews…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load reviews: {(error as Error).message}</Text>}
      {data && !data.reviews.length && <Text className="px-6 py-4">No reviews here.</Text>}
      {data && data.reviews.length > 0 && (
        <div className="flex items-center justify-between gap-3 px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
            {data.count === 1 ? "1 review" : `${data.count} reviews`}
          </Text>
          {approvable.length > 0 && (
            <Button size="small" disabled={!selected.length} isLoading={approveMany.isPending} onClick={approveSelected}>
              Approve selected{selected.length ? ` (${selected.length})` : ""}
            </Button>
          )}
        </div>
      )}
      {data && data.reviews.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {approvable.length > 0 && (
                  <Checkbox
                    aria-label="Select every review on this page that can be approved"
                    checked={selected.length === approvable.length ? true : selected.length ? "indeterminate" : false}
                    onCheckedChange={(checked) => setSelectedIds(checked === true ? approvable : [])}
                  />
                )}
              </Table.HeaderCell>
              <Table.HeaderCell>Written</Table.HeaderCell>
              <Table.HeaderCell>Reviewer</Table.HeaderCell>
              <Table.HeaderCell>About</Table.HeaderCell>
              <Table.HeaderCell>Rating</Table.HeaderCell>
              <Table.HeaderCell>Review</Table.HeaderCell>
              <Table.HeaderCell>Flags</Table.HeaderCell>
              <Table.HeaderCell>Reports</Table.HeaderCell>
              <Table.HeaderCell>Purchase</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.reviews.map((review) => (
              <ReviewRow
                key={review.id}
                review={review}
                selected={approvable.includes(review.id) ? selected.includes(review.id) : undefined}
                onSelect={(on) => select(review.id, on)}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} count={data.count} onPageChange={turnPage} />}
    </>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: Star })

export default ReviewsPage
