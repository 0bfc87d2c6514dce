"use client"

import { useState, useTransition } from "react"
import { setFavouriteNotify } from "@/lib/actions/favourite-actions"

/** "Email me when … opens new times or a new event", for a saved practitioner; ticks at once and goes back if the shop refuses. */
export function NotifyToggle({ favouriteId, notify, name }: { favouriteId: string; notify: boolean; name: string }) {
  const [checked, setChecked] = useState(notify)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const change = (next: boolean) => {
    setChecked(next)
    setError(undefined)
    startTransition(async () => {
      const answer = await setFavouriteNotify(favouriteId, next)
      if (answer.error) {
        setChecked(!next)
        setError(answer.error)
      }
    })
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => change(event.target.checked)}
          disabled={pending}
          data-testid="notify-toggle"
        />
        Email me when {name} opens new times or a new event
      </label>
      <span aria-live="polite">
        {error && (
          <span role="alert" className="text-red-800">
            {error}
          </span>
        )}
      </span>
    </span>
  )
}
