"use client"

import { useActionState, useState } from "react"
import { createEvent } from "@/lib/actions/event-practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

const KINDS = ["circle", "workshop", "ceremony", "retreat", "talk"] as const

/** Puts on an event: what and where, one date in the event's zone with its seats, one ticket type and its prices. */
export function EventForm({ timezone }: { timezone: string }) {
  const [state, action, pending] = useActionState(createEvent, {})
  const [format, setFormat] = useState(state.values?.format ?? "in_person")
  const v = state.values ?? {}
  return (
    <form action={action} className="card grid gap-4 p-5" data-testid="event-form">
      <TextField name="title" label="Title" defaultValue={v.title} />
      <div>
        <label htmlFor="event-description" className="label">
          Description <span className="font-normal text-ink-soft">(optional)</span>
        </label>
        <textarea id="event-description" name="description" rows={3} className="field" maxLength={5000} defaultValue={v.description} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="event-kind" className="label">
            Kind
          </label>
          <select id="event-kind" name="kind" className="field" defaultValue={v.kind ?? "circle"}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind[0].toUpperCase() + kind.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="event-format" className="label">
            Where
          </label>
          <select id="event-format" name="format" className="field" value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="in_person">In person</option>
            <option value="online">Online</option>
            <option value="hybrid">Both</option>
          </select>
        </div>
      </div>
      {format !== "online" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="venue_name" label="Venue" defaultValue={v.venue_name} />
          <TextField name="city" label="City" defaultValue={v.city} required={false} />
        </div>
      )}
      {format !== "in_person" && (
        <TextField name="online_url" label="Meeting link (only ticket holders see it)" type="url" defaultValue={v.online_url} />
      )}
      <input type="hidden" name="timezone" value={timezone} />
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField name="date" label="Day" type="date" defaultValue={v.date} />
        <TextField name="starts" label="Starts" type="time" defaultValue={v.starts ?? "18:00"} />
        <TextField name="ends" label="Ends" type="time" defaultValue={v.ends ?? "20:00"} />
        <TextField name="capacity" label="Seats" type="number" defaultValue={v.capacity ?? "20"} />
      </div>
      <p className="text-xs text-ink-soft">Times in your zone ({timezone}).</p>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField name="ticket_name" label="Ticket" defaultValue={v.ticket_name ?? "General"} />
        <TextField name="price_zar" label="Price (ZAR)" type="number" defaultValue={v.price_zar} required={false} />
        <TextField name="price_usd" label="Price (USD)" type="number" defaultValue={v.price_usd} required={false} />
        <TextField name="price_eur" label="Price (EUR)" type="number" defaultValue={v.price_eur} required={false} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="publish" value="1" defaultChecked={!!v.publish} /> Put it on sale now (otherwise a draft only you see)
      </label>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary w-fit" disabled={pending}>
        {pending ? "Saving…" : "Put on the event"}
      </button>
    </form>
  )
}
