"use client"

import { useActionState, useState } from "react"
import type { ActionState } from "@/lib/util/errors"
import { CATEGORY_WORDS, MESSAGE_MAX, SUBJECT_MAX, type SupportCategory } from "@/lib/util/support"
import { FormMessage } from "@/modules/common/form-message"
import { AttachmentPicker } from "./attachment-picker"

/**
 * A new support request: what it is about, a subject, the message and any
 * files. Opened from "Get help with this", the category and the record are
 * fixed (`fixed`), and the page shows which record it is.
 */
export function SupportRequestForm({
  action,
  categories,
  preset,
  fixed,
  uploadUrl,
  children,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  categories: readonly SupportCategory[]
  preset: { category: SupportCategory | null; link_id: string | null }
  /** The category and record are set by the link and not offered for change. */
  fixed: boolean
  uploadUrl: string
  children?: React.ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const [busy, setBusy] = useState(false)
  const values = { category: preset.category ?? "", subject: "", body: "", ...state.values }
  return (
    <form action={formAction} className="max-w-xl space-y-4" data-testid="support-request-form">
      {fixed && preset.category ? (
        <>
          <input type="hidden" name="category" value={preset.category} />
          {preset.link_id && <input type="hidden" name="link_id" value={preset.link_id} />}
        </>
      ) : (
        <div>
          <label htmlFor="support-category" className="label">
            What is it about?
          </label>
          <select
            id="support-category"
            name="category"
            required
            defaultValue={values.category}
            key={values.category}
            className="field"
            data-testid="support-category"
          >
            <option value="" disabled>
              Choose one
            </option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_WORDS[category]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="support-subject" className="label">
          Subject
        </label>
        <input
          id="support-subject"
          name="subject"
          required
          maxLength={SUBJECT_MAX}
          defaultValue={values.subject}
          className="field"
          placeholder="In a few words, what do you need?"
          data-testid="support-subject"
        />
      </div>
      <div>
        <label htmlFor="support-body" className="label">
          Your message
        </label>
        <textarea
          id="support-body"
          name="body"
          required
          rows={8}
          maxLength={MESSAGE_MAX}
          defaultValue={values.body}
          className="field"
          placeholder="What happened, and what would you like us to do?"
          data-testid="support-body"
        />
      </div>
      <AttachmentPicker uploadUrl={uploadUrl} idPrefix="support-new" onBusyChange={setBusy} />
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending || busy} data-testid="support-submit">
          {pending ? "Sending…" : busy ? "Attaching files…" : "Send request"}
        </button>
        {children}
      </div>
    </form>
  )
}
