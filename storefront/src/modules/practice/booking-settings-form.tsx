"use client"

import { useActionState } from "react"
import { saveSchedulingSettings } from "@/lib/actions/schedule-actions"
import type { OwnSchedule } from "@/lib/data/vendor"
import { FormMessage } from "@/modules/common/form-message"

const FIELDS = [
  ["buffer_before_minutes", "Free minutes before each session", 240],
  ["buffer_after_minutes", "Free minutes after each session", 240],
  ["minimum_notice_hours", "Least notice, in hours", 720],
  ["maximum_advance_days", "Bookable up to this many days ahead", 365],
  ["slot_step_minutes", "Start times every … minutes", 240],
] as const

/** Buffers, notice, how far ahead, and the step between start times. */
export function BookingSettingsForm({ settings }: { settings: OwnSchedule["settings"] }) {
  const [state, action, pending] = useActionState(saveSchedulingSettings, {})
  const current: Record<string, number> = { ...settings, minimum_notice_hours: settings.minimum_notice_minutes / 60 }
  return (
    <form action={action} className="card grid gap-3 p-5 sm:grid-cols-2" data-testid="booking-settings">
      {FIELDS.map(([name, label, max]) => (
        <div key={name}>
          <label htmlFor={name} className="label">
            {label}
          </label>
          <input
            id={name}
            name={name}
            type="number"
            min={0}
            max={max}
            step={name === "minimum_notice_hours" ? 0.5 : 1}
            required
            className="field"
            defaultValue={state.values?.[name] ?? current[name]}
          />
        </div>
      ))}
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? "Saving…" : "Save booking settings"}
        </button>
      </div>
    </form>
  )
}
