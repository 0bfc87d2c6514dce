import type { ActionState } from "@/lib/util/errors"

/** The outcome of a form action, read out to screen readers as it appears. */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" className="text-sm">
      {state.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
      {state.ok && state.message && <p className="text-emerald-800">{state.message}</p>}
    </div>
  )
}
