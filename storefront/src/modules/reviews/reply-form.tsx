"use client"

import { useActionState, useState } from "react"
import { replyToReview } from "@/lib/actions/review-actions"
import { FormMessage } from "@/modules/common/form-message"

/** The practitioner's one public reply: written, or edited (it is checked again before it shows). */
export function ReplyForm({ reviewId, current }: { reviewId: string; current: string | null }) {
  const [open, setOpen] = useState(false)
  const [state, formAction, pending] = useActionState(replyToReview, {})
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="underline" onClick={() => setOpen(true)} data-testid="reply-open">
          {current ? "Edit your reply" : "Reply publicly"}
        </button>
        <FormMessage state={state} />
      </div>
    )
  }
  const field = `reply-${reviewId}`
  return (
    <form action={formAction} className="mt-2 w-full space-y-2" data-testid="reply-form">
      <input type="hidden" name="review_id" value={reviewId} />
      <label htmlFor={field} className="label">
        Your public reply
      </label>
      <textarea
        id={field}
        name="body"
        required
        maxLength={3000}
        rows={4}
        className="field"
        defaultValue={state.values?.body ?? current ?? ""}
        placeholder="Thank your client, or answer what they raise. Everyone can read it."
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary py-1" disabled={pending}>
          {pending ? "Sending…" : current ? "Save reply" : "Publish reply"}
        </button>
        <button type="button" className="underline" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  )
}
