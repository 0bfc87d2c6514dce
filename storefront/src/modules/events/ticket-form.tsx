"use client"

import { useState, useTransition } from "react"
import { addTickets } from "@/lib/actions/event-actions"
import type { ActionState } from "@/lib/util/errors"
import { FormMessage } from "@/modules/common/form-message"

/** One ticket a shopper can pick: its variant, the label with date, type and price, and how many one order may take. */
export type TicketOption = { variantId: string; label: string; max: number }

/**
 * Choose a date and ticket type, how many people are coming and their names
 * (an email each, optional: the buyer's is used otherwise), and add the
 * tickets to the cart beside crystals and sessions. The seats are held while
 * the shopper checks out. With a waitlist offer's token, the seats it keeps.
 */
export function TicketForm({ options, waitlistToken }: { options: TicketOption[]; waitlistToken?: string }) {
  const [variantId, setVariantId] = useState(options[0]?.variantId ?? "")
  const option = options.find((o) => o.variantId === variantId)
  const [count, setCount] = useState(1)
  const [people, setPeople] = useState<Array<{ name: string; email: string }>>([{ name: "", email: "" }])
  const [result, setResult] = useState<ActionState>({})
  const [pending, startTransition] = useTransition()

  if (!options.length) return <p className="text-sm text-ink-soft">No tickets are on sale for the dates to come.</p>
  const max = Math.max(1, option?.max ?? 1)
  const changeCount = (next: number) => {
    setCount(next)
    setPeople((current) => Array.from({ length: next }, (_, i) => current[i] ?? { name: "", email: "" }))
  }
  const setPerson = (i: number, field: "name" | "email", value: string) =>
    setPeople((current) => current.map((person, j) => (j === i ? { ...person, [field]: value } : person)))
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    startTransition(async () => {
      setResult(
        await addTickets({
          variantId,
          attendees: people.map((p) => ({ name: p.name.trim(), email: p.email.trim() || undefined })),
          waitlistToken,
        })
      )
    })
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="ticket-form">
      <div>
        <label htmlFor="ticket-choice" className="label">
          Date and ticket
        </label>
        <select
          id="ticket-choice"
          className="field"
          value={variantId}
          onChange={(e) => {
            setVariantId(e.target.value)
            changeCount(1)
          }}
        >
          {options.map((o) => (
            <option key={o.variantId} value={o.variantId}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ticket-count" className="label">
          People
        </label>
        <select id="ticket-count" className="field" value={count} onChange={(e) => changeCount(Number(e.target.value))}>
          {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-3">
        <legend className="label">Who is coming (the name goes on the ticket)</legend>
        {people.map((person, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-2">
            <input
              aria-label={`Attendee ${i + 1} name`}
              className="field"
              placeholder="Full name"
              required
              maxLength={100}
              value={person.name}
              onChange={(e) => setPerson(i, "name", e.target.value)}
            />
            <input
              aria-label={`Attendee ${i + 1} email (optional)`}
              className="field"
              type="email"
              placeholder="Email (optional)"
              maxLength={254}
              value={person.email}
              onChange={(e) => setPerson(i, "email", e.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Holding seats…" : count === 1 ? "Add ticket to cart" : `Add ${count} tickets to cart`}
      </button>
      <FormMessage state={result} />
    </form>
  )
}
