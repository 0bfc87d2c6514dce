"use client"

import { useActionState, useState } from "react"
import type { ActionState } from "@/lib/util/errors"
import { FormMessage } from "@/modules/common/form-message"

/** "Close request" for its requester, asked once more: nothing can be written in it afterwards. */
export function CloseSupportRequest({
  action,
  requestId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  requestId: string
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="btn-secondary py-1.5" onClick={() => setAsking(true)} data-testid="support-close">
        Close request
      </button>
    )
  }
  return (
    <form action={formAction} className="card max-w-xl space-y-3 p-4 text-sm" data-testid="support-close-form">
      <input type="hidden" name="request_id" value={requestId} />
      <p>Close this request? Nobody can write in it afterwards; if you need more help later, open a new request.</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary py-1.5" disabled={pending} data-testid="support-close-confirm">
          {pending ? "Closing…" : "Yes, close it"}
        </button>
        <button type="button" className="underline" onClick={() => setAsking(false)} disabled={pending}>
          Keep it open
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  )
}
