"use client"

import { useState, useTransition } from "react"
import { markReviewHelpful } from "@/lib/actions/review-actions"

/** "Helpful (n)": one vote per customer, the count as the backend answers it. */
export function HelpfulButton({ reviewId, count }: { reviewId: string; count: number }) {
  const [shown, setShown] = useState(count)
  const [voted, setVoted] = useState(false)
  const [note, setNote] = useState<{ error?: string; message?: string }>({})
  const [pending, startTransition] = useTransition()
  const vote = () =>
    startTransition(async () => {
      const answer = await markReviewHelpful(reviewId)
      if (answer.error) return setNote({ error: answer.error })
      setShown(answer.helpful_count ?? shown)
      setVoted(true)
      setNote({ message: answer.counted ? "Thank you for saying so." : "You already found this review helpful." })
    })
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="underline disabled:no-underline"
        onClick={vote}
        disabled={pending || voted}
        aria-pressed={voted}
        data-testid="review-helpful"
      >
        Helpful ({shown})
      </button>
      <span aria-live="polite">
        {note.error && (
          <span role="alert" className="text-red-800">
            {note.error}
          </span>
        )}
        {note.message && <span className="text-ink-soft">{note.message}</span>}
      </span>
    </span>
  )
}
