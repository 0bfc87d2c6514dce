import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { SupportRequestDetail } from "../lib/support"
import { CATEGORY_LABELS, LINK_LABELS, linkedRecordPath, minutesInWords, PERSON_LABELS, personPath } from "../lib/support-display"
import { OverdueBadge } from "./support-badges"

const link = "text-ui-fg-interactive hover:underline"
const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "—")

/** What a request is about and how it has been handled: requester, category, linked record, and its times. */
export const SupportRequestFacts = ({ request }: { request: SupportRequestDetail }) => {
  const requesterPath = personPath(request.requester.type ?? request.requester_type, request.requester.id ?? request.requester_id)
  const recordPath = linkedRecordPath(request.link_type, request.link_id)
  const rows: Array<[string, ReactNode]> = [
    [
      "Requester",
      <>
        {requesterPath ? (
          <Link to={requesterPath} className={link}>
            {request.requester.name ?? request.requester_id}
          </Link>
        ) : (
          (request.requester.name ?? request.requester_id)
        )}{" "}
        ({PERSON_LABELS[request.requester_type]})
        {request.requester.email && <div className="text-ui-fg-subtle break-all">{request.requester.email}</div>}
      </>,
    ],
    ["Category", CATEGORY_LABELS[request.category]],
    [
      "About",
      request.link_type && request.link_id ? (
        <span data-testid="support-linked-record">
          {LINK_LABELS[request.link_type]}{" "}
          {recordPath ? (
            <Link to={recordPath} className={link}>
              {request.link_id}
            </Link>
          ) : (
            <code className="break-all">{request.link_id}</code>
          )}
        </span>
      ) : (
        "No record"
      ),
    ],
    ["Opened", when(request.created_at)],
    ["Last activity", when(request.last_message_at)],
    ["Waiting since", when(request.waiting_since)],
    [
      "First response",
      <>
        {minutesInWords(request.first_response_minutes)} <OverdueBadge overdue={request.overdue} />
      </>,
    ],
    ["Resolved in", minutesInWords(request.resolution_minutes)],
    ["Closed", when(request.closed_at)],
  ]
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="support-facts">
      <Heading level="h2">Details</Heading>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
            <dd className="txt-compact-small break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {!request.requester.id && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          The requester's account no longer exists.
        </Text>
      )}
    </Container>
  )
}
