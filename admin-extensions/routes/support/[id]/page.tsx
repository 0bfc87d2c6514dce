import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { OverdueBadge, SupportPriorityBadge, SupportStatusBadge } from "../../../components/support-badges"
import { SupportParticipants } from "../../../components/support-participants"
import { SupportReplyBox } from "../../../components/support-reply-box"
import { SupportRequestFacts } from "../../../components/support-request-facts"
import { SupportRequestSettings } from "../../../components/support-request-settings"
import { SupportThread } from "../../../components/support-thread"
import { useSupportRequest } from "../../../lib/support"
import { CATEGORY_LABELS, PERSON_LABELS } from "../../../lib/support-display"

/** One support request: its thread with internal notes, the reply box, and how it is handled. */
const SupportRequestPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useSupportRequest(id)
  if (isLoading) return <Text className="px-6 py-4">Loading the request…</Text>
  if (isError || !data) return <Text className="text-ui-fg-error px-6 py-4">Could not load the request: {(error as Error)?.message}</Text>
  const request = data.support_request
  return (
    <div className="flex flex-col gap-4" data-testid="avenrae-support-request">
      <Container className="flex flex-col gap-1 px-6 py-4">
        <Link to="/support" className="txt-compact-small text-ui-fg-interactive hover:underline">
          ← Support
        </Link>
        <Heading level="h1" className="break-words">
          {request.subject}
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          <SupportStatusBadge status={request.status} />
          <SupportPriorityBadge priority={request.priority} />
          <OverdueBadge overdue={request.overdue} />
          <Text size="small" className="text-ui-fg-subtle">
            {CATEGORY_LABELS[request.category]} · from {request.requester.name ?? "a removed account"} (
            {PERSON_LABELS[request.requester_type]})
          </Text>
        </div>
      </Container>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-4">
          <SupportThread requestId={request.id} messages={request.messages} />
          <SupportReplyBox requestId={request.id} />
        </div>
        <div className="flex flex-col gap-4">
          <SupportRequestSettings request={request} />
          <SupportRequestFacts request={request} />
          <SupportParticipants request={request} />
        </div>
      </div>
    </div>
  )
}

export default SupportRequestPage
