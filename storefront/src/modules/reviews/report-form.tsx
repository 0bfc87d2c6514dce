"use client"

import { useActionState, useState } from "react"
import type { ActionState } from "@/lib/util/errors"
import { FormMessage } from "@/modules/common/form-message"

/** "Report": asks what is wrong with the review and sends it to staff, who alone can hide a review. */
export function ReportForm({
  reviewId,
  action,
}: {
  reviewId: string
  action: (state: ActionState, form: FormData) => Promise<ActionState>
}) {
  const [open, setOpen] = useState(false)
  const [state, formAction, pending] = useActionState(action, {})
  if (state.ok) return <FormMessage state={state} />
  if (!open) {
    return (
      <button type="button" className="underline" onClick={() => setOpen(true)} data-testid="review-report">
        Report
      </button>
    )
  }
  const field = `report-${reviewId}`
  return (
    <form action={formAction} className="mt-2 w-full space-y-2" data-testid="review-report-form">
      <input type="hidden" name="review_id" value={reviewId} />
      <label htmlFor={field} className="label">
        What is wrong with this review?
      </label>
      <textarea
        id={field}
        name="reason"
        required
        minLength={3}
        maxLength={1000}
        rows={3}
        className="field"
        defaultValue={state.values?.reason}
        placeholder="For example: it names someone, or it is not about this session"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary py-1" disabled={pending}>
          {pending ? "Sending…" : "Send report"}
        </button>
        <button type="button" className="underline" onClick={() => setOpen(false)}>
          Never mind
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  )
}
