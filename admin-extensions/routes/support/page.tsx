import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { Pager } from "../../components/pager"
import { SupportFilterBar } from "../../components/support-filter-bar"
import { SupportRow } from "../../components/support-row"
import { useCurrentUser, useStaffUsers, useSupportRequests } from "../../lib/support"
import { userName } from "../../lib/support-display"
import { filtersFromParams, listQueryOf, ME, paramsOfFilters, SupportFilters } from "../../lib/support-filters"

const PAGE_SIZE = 20

/**
 * Support: the requests shoppers and practitioners opened, latest activity
 * first, filtered by status, category, assignee or overdue. The filters live
 * in the address, so an order's widget can link here.
 */
const SupportPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = filtersFromParams(params)
  const change = (changes: Partial<SupportFilters>) => setParams(paramsOfFilters({ ...filters, ...changes }))
  return (
    <Container className="divide-y p-0" data-testid="avenrae-support">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Support</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Requests from customers and practitioners. Answers are emailed to the requester; internal notes stay among staff.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/support/canned-replies">Canned replies</Link>
        </Button>
      </div>
      <SupportFilterBar filters={filters} onChange={change} />
      {/* Other filters start again at the first page. */}
      <SupportInbox key={paramsOfFilters(filters).toString()} filters={filters} />
    </Container>
  )
}

const SupportInbox = ({ filters }: { filters: SupportFilters }) => {
  const [page, setPage] = useState(0)
  const me = useCurrentUser()
  const users = useStaffUsers().data?.users ?? []
  const query = listQueryOf(filters, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }, me.data?.user.id)
  const { data, isError, error } = useSupportRequests(query)
  const nameOf = (id: string | null) => {
    const user = id ? users.find((candidate) => candidate.id === id) : undefined
    return user ? userName(user) : null
  }
  const failure = (isError && error) || (filters.assignee === ME && me.isError && me.error)
  return (
    <>
      {!data && !failure && <Text className="px-6 py-4">Loading requests…</Text>}
      {failure && <Text className="text-ui-fg-error px-6 py-4">Could not load requests: {(failure as Error).message}</Text>}
      {data && !data.support_requests.length && <Text className="px-6 py-4">No requests here.</Text>}
      {data && data.support_requests.length > 0 && (
        <>
          <Text size="small" className="text-ui-fg-subtle px-6 py-3" aria-live="polite" data-testid="support-count">
            {data.count === 1 ? "1 request" : `${data.count} requests`}
          </Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Subject</Table.HeaderCell>
                <Table.HeaderCell>From</Table.HeaderCell>
                <Table.HeaderCell>Category</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Priority</Table.HeaderCell>
                <Table.HeaderCell>Assignee</Table.HeaderCell>
                <Table.HeaderCell>Last activity</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.support_requests.map((request) => (
                <SupportRow key={request.id} request={request} assigneeName={nameOf(request.assignee_id)} />
              ))}
            </Table.Body>
          </Table>
        </>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} count={data.count} onPageChange={setPage} />}
    </>
  )
}

export const config = defineRouteConfig({ label: "Support", icon: ChatBubbleLeftRight })

export default SupportPage
