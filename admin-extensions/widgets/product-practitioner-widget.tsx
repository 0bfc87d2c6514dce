import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { useProductPractitioner, usePractitioners, useSetProductPractitioner } from "../lib/practitioners"

const PLATFORM = "platform"

/** On the product page: who sells this product, and a way to change it. */
const ProductPractitionerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const current = useProductPractitioner(product.id)
  const [search, setSearch] = useState("")
  const approved = usePractitioners({ status: "approved", q: search.trim() || undefined, limit: 20, offset: 0 })
  const save = useSetProductPractitioner(product.id)
  const [choice, setChoice] = useState(PLATFORM)
  useEffect(() => setChoice(current.data?.practitioner?.id ?? PLATFORM), [current.data])

  const submit = () =>
    save.mutate(choice === PLATFORM ? null : choice, {
      onSuccess: ({ practitioner }) =>
        toast.success(practitioner ? `${practitioner.display_name} now sells this product` : "The platform now sells this product"),
      onError: (e) => toast.error((e as Error).message),
    })

  const seller = current.data?.practitioner
  return (
    <Container className="divide-y p-0" data-testid="avenrae-product-practitioner">
      <div className="px-6 py-4">
        <Heading level="h2">Practitioner</Heading>
        {current.isLoading && <Text size="small">Loading…</Text>}
        {current.isError && (
          <Text size="small" className="text-ui-fg-error">
            {(current.error as Error).message}
          </Text>
        )}
        {current.data && (
          <Text size="small" className="text-ui-fg-subtle">
            {seller ? (
              <>
                Sold by{" "}
                <Link to={`/practitioners/${seller.id}`} className="text-ui-fg-interactive hover:underline">
                  {seller.display_name}
                </Link>
                {seller.status !== "approved" && ` (${seller.status})`}
              </>
            ) : (
              "Sold by the platform"
            )}
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        <Label size="small" htmlFor="product-practitioner-search">
          Change who sells it
        </Label>
        <Input
          id="product-practitioner-search"
          type="search"
          size="small"
          placeholder="Find an approved practitioner"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Select value={choice} onValueChange={setChoice}>
          <Select.Trigger aria-label="Practitioner">
            <Select.Value placeholder="Choose a practitioner" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={PLATFORM}>The platform</Select.Item>
            {seller && !approved.data?.practitioners.some((p) => p.id === seller.id) && (
              <Select.Item value={seller.id}>{seller.display_name}</Select.Item>
            )}
            {approved.data?.practitioners.map((p) => (
              <Select.Item key={p.id} value={p.id}>
                {p.display_name} ({p.kind})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Button size="small" variant="secondary" disabled={choice === (seller?.id ?? PLATFORM)} isLoading={save.isPending} onClick={submit}>
          Save
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductPractitionerWidget
