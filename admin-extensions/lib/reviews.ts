import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type { ModerationReason, ReplyStatus, ReviewFlag, ReviewPurchase, ReviewStatus, ReviewTarget } from "../../src/modules/review/values"

export type { ModerationReason, ReplyStatus, ReviewFlag, ReviewStatus, ReviewTarget }

/** A moderation reason as the API shows it: its code and the words its author reads. */
export type ShownReason = { code: ModerationReason; label: string }

export type StaffReview = {
  id: string
  target_type: ReviewTarget
  target_id: string
  purchase_type: ReviewPurchase
  purchase_id: string
  order_id: string | null
  practitioner_id: string | null
  customer_id: string | null
  reviewer_name: string
  rating: number
  title: string | null
  body: string | null
  language: string
  status: ReviewStatus
  flags: ReviewFlag[]
  moderation_reason: ShownReason | null
  moderation_note: string | null
  moderated_by: string | null
  moderated_at: string | null
  verified: boolean
  unverified_reason: string | null
  badge: string | null
  report_count: number
  /** What staff can decide on it now, as the backend decides. */
  allowed_actions: ReviewDecision[]
  helpful_count: number
  published_at: string | null
  edited_at: string | null
  reply_body: string | null
  reply_status: ReplyStatus | null
  reply_flags: ReviewFlag[]
  reply_reason: ShownReason | null
  replied_at: string | null
  created_at: string
}

/** A target's published figures: the average, how many, and how many at each star ("1" to "5"). */
export type ReviewAggregate = { average: number; count: number; distribution: Record<string, number> }

/** GET /admin/reviews's query; the API takes flags as "true" or nothing. */
export type ReviewListQuery = {
  status?: ReviewStatus
  target_type?: ReviewTarget
  target_id?: string
  practitioner_id?: string
  flagged?: "true"
  reply_pending?: "true"
  rating?: number
  limit: number
  offset: number
}

/** What staff decide on a review, and the status it then has. */
export type ReviewDecision = "approve" | "reject" | "hide"
const key = ["avenrae", "reviews"]
const post = <T>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "POST", body })

export const useReviews = (query: ReviewListQuery) =>
  useQuery({
    queryKey: [...key, "list", query],
    queryFn: () => sdk.client.fetch<{ reviews: StaffReview[]; count: number; aggregate?: ReviewAggregate }>("/admin/reviews", { query }),
  })

/** A review mutation after which every review list refreshes. */
function useReviewMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    // Not returned: the caller's own onSuccess (a toast) must run before the refreshed list unmounts the row that called it.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key })
    },
  })
}

/** Approve, reject or hide one review; reject and hide need a reason. */
export const useModerateReview = () =>
  useReviewMutation((input: { id: string; decision: ReviewDecision; reason?: ModerationReason; note?: string }) =>
    post<{ review: StaffReview }>(`/admin/reviews/${input.id}/${input.decision}`, {
      ...(input.decision === "approve" ? {} : { reason: input.reason }),
      ...(input.note ? { note: input.note } : {}),
    })
  )

/** Approve several reviews at once (at most 200). */
export const useApproveReviews = () =>
  useReviewMutation((ids: string[]) => post<{ reviews: StaffReview[] }>("/admin/reviews/approve", { ids }))

/** Publish or reject the practitioner's reply that the pre-check held back; rejecting needs a reason. */
export const useModerateReply = () =>
  useReviewMutation((input: { id: string; decision: "approve" | "reject"; reason?: ModerationReason }) =>
    post<{ review: StaffReview }>(`/admin/reviews/${input.id}/reply`, {
      decision: input.decision,
      ...(input.reason ? { reason: input.reason } : {}),
    })
  )
