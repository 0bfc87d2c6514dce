import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SupportStatusBadge } from "../components/support-badges"
import { useSupportRequests } from "../lib/support"
import { supportPageLink } from "../lib/support-filters"

const SHOWN = 10
const link = "txt-compact-small text-ui-fg-interactive hover:underline"

/** On the order page: the support requests about this order, latest activity first, each linking to its page. */
const OrderSupportWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const about = { link_type: "order" as const, link_id: order.id }
  const { data, isLoading, isError, error } = useSupportRequests({ ...about, limit: SHOWN, offset: 0 })
  return (
    <Container className="divide-y p-0" data-testid="avenrae-order-support">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">Support requests</Heading>
        {data && data.count > SHOWN && (
          <Link to={supportPageLink(about)} className={link}>
            All {data.count} in Support
          </Link>
        )}
      </div>
      {isLoading && <Text className="px-6 py-4">Loading support requests…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load support requests: {(error as Error).message}</Text>}
      {data && !data.support_requests.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No support requests
        </Text>
      )}
      {data?.support_requests.map((request) => (
        <div key={request.id} className="flex flex-wrap items-center justify-between gap-2 px-6 py-3" data-testid="order-support-request">
          <Link to={`/support/${request.id}`} className={`${link} min-w-0 break-words`}>
            {request.subject}
          </Link>
          <div className="flex items-center gap-2">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {new Date(request.last_message_at).toLocaleDateString()}
            </Text>
            <SupportStatusBadge status={request.status} />
          </div>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderSupportWidget
