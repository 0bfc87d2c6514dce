"use client"

import { useActionState, useState } from "react"
import { createOffering } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

/** A session offering with up to six durations, each priced in rand, dollars and euros. */
export function OfferingForm() {
  const [state, action, pending] = useActionState(createOffering, {})
  const [rows, setRows] = useState(1)
  return (
    <form action={action} className="card grid gap-4 p-5">
      <TextField name="title" label="Title" defaultValue={state.values?.title} />
      <div>
        <label htmlFor="description" className="label">
          Description
        </label>
        <textarea
          id="description"
          name="description"
          rows={3}
          className="field"
          maxLength={5000}
          defaultValue={state.values?.description}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="label">Durations and prices</legend>
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <input
              name="minutes"
              type="number"
              min={15}
              max={480}
              step={5}
              defaultValue={60}
              aria-label={`Minutes, duration ${i + 1}`}
              className="field"
            />
            <input
              name="price_zar"
              type="number"
              min={0}
              step="0.01"
              placeholder="ZAR"
              aria-label={`Price in rand, duration ${i + 1}`}
              className="field"
            />
            <input
              name="price_usd"
              type="number"
              min={0}
              step="0.01"
              placeholder="USD"
              aria-label={`Price in dollars, duration ${i + 1}`}
              className="field"
            />
            <input
              name="price_eur"
              type="number"
              min={0}
              step="0.01"
              placeholder="EUR"
              aria-label={`Price in euros, duration ${i + 1}`}
              className="field"
            />
          </div>
        ))}
        {rows < 6 && (
          <button type="button" className="text-sm underline" onClick={() => setRows(rows + 1)}>
            Add another duration
          </button>
        )}
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary w-fit" disabled={pending}>
        {pending ? "Publishing…" : "Publish offering"}
      </button>
    </form>
  )
}
