import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import type { SupportRequestRow } from "../lib/support"
import { CATEGORY_LABELS, PERSON_LABELS } from "../lib/support-display"
import { OverdueBadge, SupportPriorityBadge, SupportStatusBadge } from "./support-badges"

/** One request in the inbox: what about, from whom, where it stands, who has it, and when someone last wrote. */
export const SupportRow = ({ request, assigneeName }: { request: SupportRequestRow; assigneeName: string | null }) => {
  const navigate = useNavigate()
  return (
    <Table.Row data-testid="support-row" className="cursor-pointer align-top" onClick={() => navigate(`/support/${request.id}`)}>
      <Table.Cell className="max-w-80">
        <Link
          to={`/support/${request.id}`}
          className="text-ui-fg-interactive break-words hover:underline"
          onClick={(event) => event.stopPropagation()}
        >
          {request.subject}
        </Link>
      </Table.Cell>
      <Table.Cell>{PERSON_LABELS[request.requester_type]}</Table.Cell>
      <Table.Cell>{CATEGORY_LABELS[request.category]}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-wrap gap-1">
          <SupportStatusBadge status={request.status} />
          <OverdueBadge overdue={request.overdue} />
        </div>
      </Table.Cell>
      <Table.Cell>
        <SupportPriorityBadge priority={request.priority} />
      </Table.Cell>
      <Table.Cell>
        {request.assignee_id ? (
          (assigneeName ?? <code className="txt-compact-small">{request.assignee_id}</code>)
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Unassigned
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="whitespace-nowrap">{new Date(request.last_message_at).toLocaleString()}</Table.Cell>
    </Table.Row>
  )
}
