"use client"

import { useState } from "react"
import type { FreeWhenPreset, Weekday } from "@/lib/util/free-when"
import { zoneName } from "@/lib/util/session-time"

export type FreeWhenValues = { free: "" | FreeWhenPreset | "custom"; from?: string; to?: string; days: Weekday[] }

/**
 * "Free when I am", inside the directory's GET form: any time, a preset, or
 * the shopper's own times and days, all on their clock. Typing a time or
 * ticking a day chooses "Custom times"; without JS the radio does.
 */
export function FreeWhenFilter({
  values,
  presets,
  days,
  zone,
}: {
  values: FreeWhenValues
  /** Each preset with its label and its times or date in words. */
  presets: Array<{ value: FreeWhenPreset; label: string; hint: string }>
  days: Array<{ value: Weekday; label: string }>
  zone: string
}) {
  const [choice, setChoice] = useState(values.free)
  const custom = () => setChoice("custom")
  const options = [
    { value: "" as const, label: "Any time", hint: "" },
    ...presets,
    { value: "custom" as const, label: "Custom times", hint: "" },
  ]
  return (
    <fieldset className="sm:col-span-2 lg:col-span-4" data-testid="free-when">
      <legend className="label">Free when I am</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {options.map((option) => (
          <label key={option.value || "any"} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="free"
              value={option.value}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            <span>
              {option.label}
              {option.hint && <span className="text-ink-soft"> ({option.hint})</span>}
            </span>
          </label>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="free_from" className="label">
            From
          </label>
          <input id="free_from" name="free_from" type="time" defaultValue={values.from} onChange={custom} className="field" />
        </div>
        <div>
          <label htmlFor="free_to" className="label">
            To
          </label>
          <input id="free_to" name="free_to" type="time" defaultValue={values.to} onChange={custom} className="field" />
        </div>
        <fieldset>
          <legend className="label">On</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1 py-2 text-sm">
            {days.map((day) => (
              <label key={day.value} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  name="free_days"
                  value={day.value}
                  defaultChecked={values.days.includes(day.value)}
                  onChange={custom}
                />
                {day.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <p className="mt-2 text-xs text-ink-soft">
        On your clock ({zoneName(zone)}). No days ticked means any day; a &ldquo;to&rdquo; before the &ldquo;from&rdquo; runs past midnight.
      </p>
    </fieldset>
  )
}
