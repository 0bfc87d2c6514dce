"use client"

import Link from "next/link"
import { useState, useTransition } from "react"
import { saveFavourite, unsaveFavourite } from "@/lib/actions/favourite-actions"
import type { FavouriteTarget, SavedState } from "@/lib/data/favourites"
import { NotifyToggle } from "./notify-toggle"

/**
 * The heart "Save" of a practitioner, event or product, pressed while it is
 * saved; for a practitioner (`notifyName`) the email about their new times
 * and events once saved.
 */
export function SaveToggle({
  targetType,
  targetId,
  saved,
  notifyName,
}: {
  targetType: FavouriteTarget
  targetId: string
  saved: SavedState
  notifyName?: string
}) {
  const [current, setCurrent] = useState(saved)
  const [note, setNote] = useState<{ error?: string; message?: string }>({})
  const [pending, startTransition] = useTransition()
  const toggle = () =>
    startTransition(async () => {
      const answer = current ? await unsaveFavourite(current.id) : await saveFavourite(targetType, targetId)
      if (answer.error) return setNote({ error: answer.error })
      setCurrent(answer.saved ?? null)
      setNote({ message: answer.saved ? "Saved." : "Removed from your saved list." })
    })
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2" data-testid="save">
      <button
        type="button"
        className="btn-secondary py-1.5"
        onClick={toggle}
        disabled={pending}
        aria-pressed={!!current}
        data-testid="save-toggle"
      >
        <span aria-hidden="true" className={current ? "text-amethyst-700" : undefined}>
          {current ? "♥" : "♡"}
        </span>{" "}
        Save
      </button>
      <span aria-live="polite" className="text-sm">
        {note.error && (
          <span role="alert" className="text-red-800">
            {note.error}
          </span>
        )}
        {note.message && (
          <span className="text-ink-soft">
            {note.message}{" "}
            {current && (
              <Link href="/account/saved" className="underline">
                Your saved list
              </Link>
            )}
          </span>
        )}
      </span>
      {notifyName && current && <NotifyToggle key={current.id} favouriteId={current.id} notify={current.notify} name={notifyName} />}
    </div>
  )
}
