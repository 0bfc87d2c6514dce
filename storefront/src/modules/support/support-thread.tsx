import Link from "next/link"
import type { SupportMessage, SupportThread } from "@/lib/data/support"
import type { ActionState } from "@/lib/util/errors"
import { datedTime } from "@/lib/util/session-time"
import { canClose, canReply, CATEGORY_WORDS, isOwnMessage, LINK_WORDS, linkHref, SUPPORT_PATH, type SupportSide } from "@/lib/util/support"
import { fileSize } from "@/lib/util/support-files"
import { CloseSupportRequest } from "./close-request"
import { SupportReplyForm } from "./reply-form"
import { SupportStatusBadge } from "./status-badge"

type Action = (state: ActionState, form: FormData) => Promise<ActionState>

/**
 * One request as its requester or an added practitioner sees it: what it is
 * about and its status, the messages oldest first with their files, then a
 * reply form while it is open and "Close request" for the requester.
 */
export function SupportThreadView({
  request,
  side,
  zone,
  reply,
  close,
}: {
  request: SupportThread
  side: SupportSide
  zone: string
  reply: Action
  close: Action
}) {
  const base = `${SUPPORT_PATH[side]}/${encodeURIComponent(request.id)}`
  const about = linkHref(side, request)
  return (
    <>
      <div className="mb-6 space-y-1 text-sm" data-testid="support-request-meta">
        <p className="flex flex-wrap items-center gap-2">
          <SupportStatusBadge status={request.status} role={request.your_role} />
          <span className="text-ink-soft">
            {CATEGORY_WORDS[request.category]} · Opened <time dateTime={request.created_at}>{datedTime(request.created_at, zone)}</time>
          </span>
        </p>
        {request.link_type && request.link_id && (
          <p data-testid="support-request-about">
            About: {LINK_WORDS[request.link_type]} <span className="font-mono text-xs">{request.link_id}</span>
            {about && (
              <>
                {" "}
                ·{" "}
                <Link href={about} className="underline">
                  See it
                </Link>
              </>
            )}
          </p>
        )}
        {request.your_role === "participant" && (
          <p className="text-ink-soft" data-testid="support-participant-note">
            Added by Avenrae support to help with this request
          </p>
        )}
      </div>
      <ol className="mb-8 space-y-3" aria-label="Messages">
        {request.messages.map((message) => (
          <MessageCard key={message.id} message={message} own={isOwnMessage(message.author, side)} zone={zone} base={base} />
        ))}
      </ol>
      {canReply(request) ? (
        <>
          {request.status === "resolved" && (
            <p className="mb-3 max-w-xl text-sm text-ink-soft">
              Avenrae support considers this settled. Reply if you still need help and it opens again
              {canClose(request) ? ", or close it" : ""}.
            </p>
          )}
          <SupportReplyForm action={reply} requestId={request.id} uploadUrl={`${SUPPORT_PATH[side]}/attachments`} />
        </>
      ) : (
        <p className="text-sm" data-testid="support-closed">
          This request is closed.{" "}
          <Link href={`${SUPPORT_PATH[side]}/new`} className="underline">
            Open a new request
          </Link>{" "}
          if you need more help.
        </p>
      )}
      {canClose(request) && (
        <div className="mt-8 border-t border-ink/10 pt-4">
          <CloseSupportRequest action={close} requestId={request.id} />
        </div>
      )}
    </>
  )
}

/** One message: who wrote it and when, the text as written, and its files to download. */
function MessageCard({ message, own, zone, base }: { message: SupportMessage; own: boolean; zone: string; base: string }) {
  return (
    <li
      className={`rounded-2xl border p-4 ${own ? "border-amethyst-100 bg-amethyst-50" : "border-ink/10 bg-white"}`}
      data-testid="support-message"
      data-author-type={message.author.type}
    >
      <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium" data-testid="support-message-author">
          {own ? `${message.author.name} (you)` : message.author.name}
        </span>
        <time dateTime={message.created_at} className="text-xs text-ink-soft">
          {datedTime(message.created_at, zone)}
        </time>
      </p>
      <p className="mt-2 whitespace-pre-wrap break-words text-sm" data-testid="support-message-body">
        {message.body}
      </p>
      {message.attachments.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Files">
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a
                href={`${base}/attachments/${encodeURIComponent(file.id)}`}
                className="break-all underline"
                download={file.filename}
                data-testid="support-attachment"
              >
                {file.filename}
              </a>{" "}
              <span className="text-ink-soft">({fileSize(file.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
