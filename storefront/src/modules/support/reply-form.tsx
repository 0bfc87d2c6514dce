"use client"

import { useActionState, useEffect, useState } from "react"
import type { ActionState } from "@/lib/util/errors"
import { MESSAGE_MAX } from "@/lib/util/support"
import { FormMessage } from "@/modules/common/form-message"
import { AttachmentPicker } from "./attachment-picker"

/** A reply in a request's thread, with files; after it is sent the form starts empty again. */
export function SupportReplyForm({
  action,
  requestId,
  uploadUrl,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  requestId: string
  uploadUrl: string
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState(0)
  useEffect(() => {
    if (state.ok) setSent((n) => n + 1)
  }, [state])
  return (
    <form action={formAction} className="max-w-xl space-y-4" data-testid="support-reply-form">
      <input type="hidden" name="request_id" value={requestId} />
      <div>
        <label htmlFor="support-reply" className="label">
          Your reply
        </label>
        <textarea
          id="support-reply"
          name="body"
          required
          rows={5}
          maxLength={MESSAGE_MAX}
          defaultValue={state.values?.body ?? ""}
          className="field"
          data-testid="support-reply-body"
        />
      </div>
      <AttachmentPicker key={sent} uploadUrl={uploadUrl} idPrefix="support-reply" onBusyChange={setBusy} />
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending || busy} data-testid="support-send">
        {pending ? "Sending…" : busy ? "Attaching files…" : "Send"}
      </button>
    </form>
  )
}
