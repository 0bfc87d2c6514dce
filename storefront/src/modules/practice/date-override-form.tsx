"use client"

import { useActionState } from "react"
import { setDateOverride } from "@/lib/actions/schedule-actions"
import { FormMessage } from "@/modules/common/form-message"

/** Other hours on one date than the week gives, or the day off. */
export function DateOverrideForm() {
  const [state, action, pending] = useActionState(setDateOverride, {})
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end" data-testid="date-override-form">
      <div>
        <label htmlFor="override-date" className="label">
          Date
        </label>
        <input id="override-date" name="date" type="date" required className="field" defaultValue={state.values?.date} />
      </div>
      <div>
        <label htmlFor="override-start" className="label">
          From
        </label>
        <input id="override-start" name="start" type="time" className="field" defaultValue={state.values?.start ?? "09:00"} />
      </div>
      <div>
        <label htmlFor="override-end" className="label">
          Until
        </label>
        <input id="override-end" name="end" type="time" className="field" defaultValue={state.values?.end ?? "13:00"} />
      </div>
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="closed" defaultChecked={state.values?.closed === "on"} /> Day off
      </label>
      <div className="space-y-2 sm:col-span-4">
        <FormMessage state={state} />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? "Saving…" : "Save this date"}
        </button>
      </div>
    </form>
  )
}
