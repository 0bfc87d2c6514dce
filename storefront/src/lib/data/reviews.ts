import "server-only"
import { sdk } from "../config"
import { customerHeaders, practitionerHeaders } from "../cookies"
import type {
  ModerationReason,
  ReplyStatus,
  ReviewPurchase,
  ReviewSort,
  ReviewStatus,
  ReviewTarget,
} from "../../../../src/modules/review/values"

export type { ReviewPurchase, ReviewSort, ReviewStatus, ReviewTarget }

/** A target's figures: published reviews only, the distribution keyed "1" to "5". */
export type ReviewAggregate = { average: number; count: number; distribution: Record<string, number> }

/** A review as anyone sees it on a page; the reply once staff let it through. */
export type PublicReview = {
  id: string
  target_type: ReviewTarget
  target_id: string
  rating: number
  title: string | null
  body: string | null
  language: string
  reviewer_name: string
  verified: boolean
  /** "Verified session", "Verified purchase" or "Attended"; null once the purchase was refunded. */
  badge: string | null
  helpful_count: number
  published_at: string | null
  edited_at: string | null
  reply: { body: string; replied_at: string } | null
}

type ModerationReasonView = { code: ModerationReason; label: string }

/** The author's own review: its status and, when staff refused or hid it, why. */
export type OwnReview = PublicReview & {
  status: ReviewStatus
  purchase_type: ReviewPurchase
  purchase_id: string
  moderation_reason: ModerationReasonView | null
  moderation_note: string | null
}

/** Something the customer bought and can review now. */
export type ReviewablePurchase = {
  purchase_type: ReviewPurchase
  purchase_id: string
  target_type: ReviewTarget
  target_id: string
  practitioner_id: string | null
  title: string
  subtitle: string | null
  date: string
}

/** A review of the practitioner (or of their event or product), with their own reply in whatever state it is. */
export type PractitionerReview = Omit<PublicReview, "reply"> & {
  status: Extract<ReviewStatus, "published" | "hidden">
  reply: { body: string; status: ReplyStatus; replied_at: string; reason: ModerationReasonView | null } | null
}

export const REVIEW_SORTS: Record<ReviewSort, string> = {
  newest: "Newest",
  highest: "Highest rated",
  lowest: "Lowest rated",
  helpful: "Most helpful",
}

export type TargetReviewsQuery = { target_type: ReviewTarget; target_id: string; sort: ReviewSort; limit: number; offset: number }

/** A page of one practitioner's, product's or event's published reviews, with its figures. */
export async function listTargetReviews(query: TargetReviewsQuery) {
  return sdk.client.fetch<{ reviews: PublicReview[]; count: number; limit: number; offset: number; aggregate: ReviewAggregate }>(
    "/store/reviews",
    { query, cache: "no-store" }
  )
}

/** What the logged-in customer can still review, and the reviews they wrote (newest first). */
export async function listMyReviewable() {
  return sdk.client.fetch<{ reviewable: ReviewablePurchase[]; reviews: OwnReview[] }>("/store/customers/me/reviewable", {
    headers: await customerHeaders(),
    cache: "no-store",
  })
}

/** Reviews of the logged-in practitioner, their events and products (newest first), with their own figures. */
export async function listReviewsOfMe(query: { status?: "published" | "hidden"; limit: number; offset: number }) {
  return sdk.client.fetch<{ reviews: PractitionerReview[]; count: number; limit: number; offset: number; aggregate: ReviewAggregate }>(
    "/vendor/reviews",
    {
      query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)),
      headers: await practitionerHeaders(),
      cache: "no-store",
    }
  )
}
