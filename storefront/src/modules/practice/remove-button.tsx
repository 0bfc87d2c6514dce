"use client"

import { useActionState } from "react"
import type { ActionState } from "@/lib/util/errors"

/** A one-button form that removes something by its key, and says so if it could not. */
export function RemoveButton({
  action,
  name,
  value,
  label,
  description,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  name: string
  value: string
  label: string
  description?: string
}) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="underline" disabled={pending} aria-label={description}>
        {label}
      </button>
      {state.error && (
        <span role="alert" className="text-red-800">
          {state.error}
        </span>
      )}
    </form>
  )
}
