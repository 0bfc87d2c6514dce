import Link from "next/link"
import type { LinkDescription } from "@/lib/data/support"
import type { ActionState } from "@/lib/util/errors"
import {
  CATEGORY_WORDS,
  LINK_OF_CATEGORY,
  LINK_WORDS,
  SIDE_CATEGORIES,
  SUPPORT_PATH,
  type SupportPreset,
  type SupportSide,
} from "@/lib/util/support"
import { SupportRequestForm } from "./request-form"

/**
 * The "new request" page's body. From "Get help with this" the request is
 * about one record: it is shown (or its reference, when it is not among the
 * viewer's recent ones; the backend checks it on sending) and the category
 * is fixed; otherwise the viewer chooses.
 */
export function NewSupportRequest({
  side,
  preset,
  about,
  action,
}: {
  side: SupportSide
  preset: SupportPreset
  about: LinkDescription | null
  action: (state: ActionState, form: FormData) => Promise<ActionState>
}) {
  const link = preset.category ? LINK_OF_CATEGORY[preset.category] : null
  const fixed = !!preset.category && !!preset.link_id && !!link
  return (
    <>
      {fixed && preset.category && link && (
        <div className="card mb-6 max-w-xl p-4" data-testid="support-about">
          <p className="text-xs uppercase tracking-wide text-ink-soft">{CATEGORY_WORDS[preset.category]}</p>
          {about ? (
            <>
              <p className="font-medium">{about.title}</p>
              {about.detail && <p className="text-sm text-ink-soft">{about.detail}</p>}
            </>
          ) : (
            <p className="text-sm">
              {LINK_WORDS[link]} <span className="font-mono text-xs">{preset.link_id}</span>
            </p>
          )}
          <p className="mt-2 text-sm">
            <Link href={`${SUPPORT_PATH[side]}/new`} className="underline">
              Ask about something else
            </Link>
          </p>
        </div>
      )}
      <p className="mb-6 max-w-xl text-sm text-ink-soft">
        Avenrae support answers here and lets you know by email. Add screenshots, receipts or documents if they help.
      </p>
      <SupportRequestForm
        action={action}
        categories={SIDE_CATEGORIES[side]}
        preset={preset}
        fixed={fixed}
        uploadUrl={`${SUPPORT_PATH[side]}/attachments`}
      >
        <Link href={SUPPORT_PATH[side]} className="underline">
          Cancel
        </Link>
      </SupportRequestForm>
    </>
  )
}
