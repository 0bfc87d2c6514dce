import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useLowStock } from "../lib/low-stock"
import { Pager } from "../components/pager"

const PAGE_SIZE = 10

/** "Low stock" on the products list: variants at or under a threshold. */
const LowStockWidget = () => {
  const [threshold, setThreshold] = useState(5)
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = useLowStock({
    threshold,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })

  return (
    <Container className="divide-y p-0" data-testid="avenrae-low-stock">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Low stock</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Variants whose available quantity (stocked − reserved) is at or under the threshold.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Label htmlFor="low-stock-threshold" size="small">
            Threshold
          </Label>
          <Input
            id="low-stock-threshold"
            type="number"
            min={0}
            size="small"
            className="w-20"
            value={threshold}
            onChange={(event) => {
              setThreshold(Math.max(0, Number(event.target.value) || 0))
              setPage(0)
            }}
          />
        </div>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading stock levels…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load stock levels: {(error as Error).message}</Text>}
      {data && data.variants.length === 0 && <Text className="px-6 py-4">No variant is at or under {threshold}.</Text>}
      {data && data.variants.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Variant</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.variants.map((variant) => (
              <Table.Row key={variant.id}>
                <Table.Cell>
                  <Link to={`/products/${variant.product.id}`} className="text-ui-fg-interactive">
                    {variant.product.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{variant.title}</Table.Cell>
                <Table.Cell>{variant.sku ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <Badge color={variant.available_quantity <= 0 ? "red" : "orange"} size="2xsmall">
                    {variant.available_quantity <= 0 ? "Out of stock" : variant.available_quantity}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">{variant.reserved_quantity}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager count={data.count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default LowStockWidget
