"use client"

import { useActionState } from "react"
import { removeSaved } from "@/lib/actions/favourite-actions"
import { FormMessage } from "@/modules/common/form-message"

/** "Remove" for one saved item; the list is drawn again without it. */
export function RemoveSavedButton({ favouriteId, title }: { favouriteId: string; title: string }) {
  const [state, formAction, pending] = useActionState(removeSaved, {})
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="favourite_id" value={favouriteId} />
      <button type="submit" className="underline" disabled={pending} aria-label={`Remove ${title}`} data-testid="saved-remove">
        {pending ? "Removing…" : "Remove"}
      </button>
      {state.error && <FormMessage state={state} />}
    </form>
  )
}
