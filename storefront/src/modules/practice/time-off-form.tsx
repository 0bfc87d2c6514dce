"use client"

import { useActionState } from "react"
import { addTimeOff } from "@/lib/actions/schedule-actions"
import { FormMessage } from "@/modules/common/form-message"

/** Whole days away, in the practitioner's zone; nobody can book them. */
export function TimeOffForm() {
  const [state, action, pending] = useActionState(addTimeOff, {})
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-3 sm:items-end" data-testid="time-off-form">
      <div>
        <label htmlFor="first-day" className="label">
          First day away
        </label>
        <input id="first-day" name="first_day" type="date" required className="field" defaultValue={state.values?.first_day} />
      </div>
      <div>
        <label htmlFor="last-day" className="label">
          Last day away
        </label>
        <input id="last-day" name="last_day" type="date" className="field" defaultValue={state.values?.last_day} />
      </div>
      <div>
        <label htmlFor="time-off-reason" className="label">
          Note (only you see it)
        </label>
        <input id="time-off-reason" name="reason" maxLength={500} className="field" defaultValue={state.values?.reason} />
      </div>
      <div className="space-y-2 sm:col-span-3">
        <FormMessage state={state} />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? "Saving…" : "Add time off"}
        </button>
      </div>
    </form>
  )
}
