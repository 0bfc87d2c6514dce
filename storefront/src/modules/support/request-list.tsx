import Link from "next/link"
import type { SupportRequestSummary } from "@/lib/data/support"
import { datedTime } from "@/lib/util/session-time"
import { CATEGORY_WORDS, SUPPORT_PATH, type SupportRole, type SupportSide } from "@/lib/util/support"
import { SupportStatusBadge } from "./status-badge"

/**
 * The viewer's requests, newest activity first: subject, what it is about,
 * when it last moved, and its status. `role` words the status for a side
 * where every request is the viewer's own (a shopper's).
 */
export function SupportRequestList({
  requests,
  side,
  zone,
  role,
}: {
  requests: SupportRequestSummary[]
  side: SupportSide
  zone: string
  role?: SupportRole
}) {
  return (
    <ul className="divide-y divide-ink/10" aria-label="Your support requests">
      {requests.map((request) => (
        <li
          key={request.id}
          className="flex flex-wrap items-center justify-between gap-2 py-3"
          data-testid="support-request-row"
          data-request-id={request.id}
        >
          <div className="min-w-0">
            <Link
              href={`${SUPPORT_PATH[side]}/${encodeURIComponent(request.id)}`}
              className="break-words font-medium underline"
              data-testid="support-request-link"
            >
              {request.subject}
            </Link>
            <p className="text-sm text-ink-soft">
              {CATEGORY_WORDS[request.category]} · Last message{" "}
              <time dateTime={request.last_message_at}>{datedTime(request.last_message_at, zone)}</time>
            </p>
          </div>
          <SupportStatusBadge status={request.status} role={role} />
        </li>
      ))}
    </ul>
  )
}
