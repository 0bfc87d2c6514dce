"use client"

import { useState, useTransition } from "react"
import { saveWeeklyHours } from "@/lib/actions/schedule-actions"
import type { WallInterval, WeeklyHours } from "@/lib/data/vendor"
import type { ActionState } from "@/lib/util/errors"
import { zoneName } from "@/lib/util/session-time"
import { apiEnd, fieldTime, nextInterval } from "@/lib/util/wall-time"
import { FormMessage } from "@/modules/common/form-message"

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

/**
 * The week in the practitioner's zone: each day any number of working
 * intervals (the gaps between them are breaks); an empty day is a day off.
 */
export function WeeklyHoursEditor({ weekly, zone }: { weekly: WeeklyHours; zone: string }) {
  const [days, setDays] = useState(() =>
    WEEKDAYS.map((_, i) => weekly.filter((r) => r.weekday === i + 1).map((r) => ({ start: r.start, end: fieldTime(r.end) })))
  )
  const [state, setState] = useState<ActionState>({})
  const [pending, startTransition] = useTransition()

  const change = (day: number, update: (intervals: WallInterval[]) => WallInterval[]) =>
    setDays((all) => all.map((intervals, i) => (i === day ? update(intervals) : intervals)))
  const save = () =>
    startTransition(async () => {
      setState(
        await saveWeeklyHours(
          days.flatMap((intervals, i) => intervals.map((iv) => ({ weekday: i + 1, start: iv.start, end: apiEnd(iv.end) })))
        )
      )
    })

  return (
    <div className="card space-y-3 p-5" data-testid="weekly-hours">
      <p className="text-sm text-ink-soft">
        Times in your zone ({zoneName(zone)}). Leave a day empty to take it off; add a second interval for a break.
      </p>
      {WEEKDAYS.map((name, day) => (
        <fieldset key={name} className="flex flex-wrap items-center gap-2 border-t border-ink/10 pt-3">
          <legend className="sr-only">{name}</legend>
          <span className="w-24 font-medium" aria-hidden>
            {name}
          </span>
          {days[day].length === 0 && <span className="text-sm text-ink-soft">Day off</span>}
          {days[day].map((interval, index) => (
            <span key={index} className="flex items-center gap-1 text-sm">
              <input
                type="time"
                step={300}
                className="field w-36 py-1"
                aria-label={`${name} from`}
                value={interval.start}
                onChange={(e) => change(day, (all) => all.map((iv, i) => (i === index ? { ...iv, start: e.target.value } : iv)))}
              />
              –
              <input
                type="time"
                step={300}
                className="field w-36 py-1"
                aria-label={`${name} until`}
                value={interval.end}
                onChange={(e) => change(day, (all) => all.map((iv, i) => (i === index ? { ...iv, end: e.target.value } : iv)))}
              />
              <button
                type="button"
                className="px-1 text-ink-soft underline"
                aria-label={`Remove ${name} ${interval.start}–${interval.end}`}
                onClick={() => change(day, (all) => all.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </span>
          ))}
          {nextInterval(days[day]) && (
            <button
              type="button"
              className="text-sm underline"
              aria-label={`Add hours on ${name}`}
              onClick={() =>
                change(day, (all) => {
                  const next = nextInterval(all)
                  return next ? [...all, next] : all
                })
              }
            >
              + hours
            </button>
          )}
        </fieldset>
      ))}
      <FormMessage state={state} />
      <button type="button" className="btn-primary" disabled={pending} onClick={save}>
        {pending ? "Saving…" : "Save weekly hours"}
      </button>
    </div>
  )
}
