import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useOrderEarnings } from "../lib/payouts"

const money = (value: string, currency: string) => `${Number(value).toFixed(2)} ${currency.toUpperCase()}`

/** On the order page: who earns what from this order — each practitioner line's commission and share, and where the money is. */
const OrderEarningsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error } = useOrderEarnings(order.id)
  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load this order's earnings: {(error as Error).message}</Text>
      </Container>
    )
  }
  if (!data?.earnings.length) return null
  return (
    <Container className="divide-y p-0" data-testid="avenrae-order-earnings">
      <div className="px-6 py-4">
        <Heading level="h2">Earnings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Commission on each line after discounts, excluding tax; lines of the house and shipping are the platform's.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Practitioner</Table.HeaderCell>
            <Table.HeaderCell>Entry</Table.HeaderCell>
            <Table.HeaderCell>Gross</Table.HeaderCell>
            <Table.HeaderCell>Commission</Table.HeaderCell>
            <Table.HeaderCell>Share</Table.HeaderCell>
            <Table.HeaderCell>State</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.earnings.map((entry) => (
            <Table.Row key={entry.id} data-testid="order-earning">
              <Table.Cell>{entry.practitioner?.display_name ?? "—"}</Table.Cell>
              <Table.Cell>
                {entry.kind}
                {entry.purchase ? ` · ${entry.purchase}` : ""}
              </Table.Cell>
              <Table.Cell>{money(entry.gross, entry.currency_code)}</Table.Cell>
              <Table.Cell>
                {money(entry.commission, entry.currency_code)}
                {entry.rate_bps !== null && ` (${entry.rate_bps / 100} %)`}
              </Table.Cell>
              <Table.Cell>{money(entry.share, entry.currency_code)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{entry.state.replace("_", " ")}</Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderEarningsWidget
