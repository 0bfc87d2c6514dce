"use client"

import { useActionState, useState } from "react"
import type { ActionState } from "@/lib/util/errors"
import { FormMessage } from "@/modules/common/form-message"
import { RATING_WORDS } from "./review-words"

type Values = { rating: string; title: string; body: string }

/**
 * Stars (1–5, as radio buttons), an optional title and text. Writes a new
 * review of the purchase in `hidden` or edits one (its id in `hidden`); the
 * backend's refusal (not reviewable yet, not yours, reviewed already) is
 * shown as it answers.
 */
export function ReviewForm({
  action,
  hidden,
  initial = { rating: "", title: "", body: "" },
  submitLabel,
  idPrefix = "review",
  children,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  hidden: Record<string, string>
  initial?: Values
  submitLabel: string
  idPrefix?: string
  children?: React.ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const values = { ...initial, ...state.values }
  const [rating, setRating] = useState(Number(values.rating) || 0)
  const [hover, setHover] = useState(0)
  const shown = hover || rating
  return (
    <form action={formAction} className="max-w-xl space-y-4" data-testid="review-form">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset data-testid="rating-input">
        <legend className="label">Your rating</legend>
        <div className="flex gap-1" onMouseLeave={() => setHover(0)}>
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              className="relative cursor-pointer rounded text-3xl leading-none focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-amethyst-600"
              onMouseEnter={() => setHover(n)}
            >
              <input
                type="radio"
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
                required
                aria-label={`${n} ${n === 1 ? "star" : "stars"}`}
                className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
              />
              <span aria-hidden="true" className={n <= shown ? "text-amber-500" : "text-ink/20"}>
                ★
              </span>
            </label>
          ))}
        </div>
        <p className="mt-1 text-sm text-ink-soft">{shown ? RATING_WORDS[shown] : "Choose from 1 to 5 stars."}</p>
      </fieldset>
      <div>
        <label htmlFor={`${idPrefix}-title`} className="label">
          Title<span className="font-normal text-ink-soft"> (optional)</span>
        </label>
        <input id={`${idPrefix}-title`} name="title" maxLength={120} defaultValue={values.title} className="field" />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-body`} className="label">
          Your review<span className="font-normal text-ink-soft"> (optional)</span>
        </label>
        <textarea
          id={`${idPrefix}-body`}
          name="body"
          rows={6}
          maxLength={5000}
          defaultValue={values.body}
          className="field"
          placeholder="What was it like? Others read this before they choose."
        />
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Sending…" : submitLabel}
        </button>
        {children}
      </div>
    </form>
  )
}
