"use client"

import { useState, useTransition } from "react"
import { joinWaitlist } from "@/lib/actions/event-actions"
import type { ActionState } from "@/lib/util/errors"
import { FormMessage } from "@/modules/common/form-message"

/** A sold-out date one can wait for: its id, how it reads, and the most seats one person may ask for. */
export type WaitlistDate = { id: string; label: string; maxQuantity: number }

/**
 * "Sold out — join the waitlist": pick the date, how many seats and where the
 * offer goes (a signed-in shopper's own email when left empty). Freed seats
 * go to the line in order, each offer by email with a link into the cart.
 */
export function WaitlistForm({ dates, signedInEmail }: { dates: WaitlistDate[]; signedInEmail: string | null }) {
  const [dateId, setDateId] = useState(dates[0]?.id ?? "")
  const [quantity, setQuantity] = useState(1)
  const [email, setEmail] = useState("")
  const [result, setResult] = useState<ActionState>({})
  const [pending, startTransition] = useTransition()
  const max = Math.max(1, dates.find((d) => d.id === dateId)?.maxQuantity ?? 1)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    startTransition(async () => setResult(await joinWaitlist({ dateId, quantity, email: email.trim() || undefined })))
  }
  return (
    <form onSubmit={submit} className="space-y-3" data-testid="waitlist-form">
      <h3 className="font-semibold">Sold out — join the waitlist</h3>
      {dates.length > 1 && (
        <div>
          <label htmlFor="waitlist-date" className="label">
            Date
          </label>
          <select id="waitlist-date" className="field" value={dateId} onChange={(e) => setDateId(e.target.value)}>
            {dates.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {dates.length === 1 && <p className="text-sm">{dates[0].label}</p>}
      <div>
        <label htmlFor="waitlist-quantity" className="label">
          Seats
        </label>
        <select id="waitlist-quantity" className="field" value={quantity} onChange={(e) => setQuantity(Number(e.target.value))}>
          {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="waitlist-email" className="label">
          Email for the offer
        </label>
        <input
          id="waitlist-email"
          className="field"
          type="email"
          maxLength={254}
          required={!signedInEmail}
          placeholder={signedInEmail ?? "you@example.com"}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Joining…" : "Join the waitlist"}
      </button>
      <FormMessage state={result} />
    </form>
  )
}
