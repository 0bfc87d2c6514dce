"use client"

import { useActionState, useState } from "react"
import { deleteReview, editReview } from "@/lib/actions/review-actions"
import { FormMessage } from "@/modules/common/form-message"
import { ReviewForm } from "./review-form"

/** Edit (the review then waits for a check again) and delete, asked twice, for one's own review. */
export function OwnReviewActions({ review }: { review: { id: string; rating: number; title: string | null; body: string | null } }) {
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [deleted, deleteAction, pending] = useActionState(deleteReview, {})
  if (editing) {
    return (
      <div className="mt-4 border-t border-ink/10 pt-4">
        <p className="mb-3 text-sm text-ink-soft">Your edit will be shown once checked.</p>
        <ReviewForm
          action={editReview}
          hidden={{ review_id: review.id }}
          initial={{ rating: String(review.rating), title: review.title ?? "", body: review.body ?? "" }}
          submitLabel="Save changes"
          idPrefix={`edit-${review.id}`}
        >
          <button type="button" className="underline" onClick={() => setEditing(false)}>
            Close
          </button>
        </ReviewForm>
      </div>
    )
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <button type="button" className="underline" onClick={() => setEditing(true)} data-testid="edit-review">
        Edit
      </button>
      {deleting ? (
        <form action={deleteAction} className="inline-flex flex-wrap items-center gap-3">
          <input type="hidden" name="review_id" value={review.id} />
          <span>Delete this review for good?</span>
          <button type="submit" className="btn-secondary py-1" disabled={pending}>
            Yes, delete
          </button>
          <button type="button" className="underline" onClick={() => setDeleting(false)}>
            Keep it
          </button>
        </form>
      ) : (
        <button type="button" className="underline" onClick={() => setDeleting(true)} data-testid="delete-review">
          Delete
        </button>
      )}
      <FormMessage state={deleted} />
    </div>
  )
}
