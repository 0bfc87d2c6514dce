import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useCommissionRules, usePayoutAction } from "../lib/payouts"

/**
 * The commission rules: the platform's default, per category, per
 * practitioner and per both; the most specific wins. A change applies to
 * orders placed from now on.
 */
export const CommissionRules = () => {
  const { data, isError, error } = useCommissionRules()
  const action = usePayoutAction()
  const [form, setForm] = useState({ practitioner_id: "", category_id: "", percent: "" })
  const save = (event: FormEvent) => {
    event.preventDefault()
    action.mutate(
      {
        path: "/admin/commission-rules",
        body: {
          practitioner_id: form.practitioner_id.trim() || null,
          category_id: form.category_id.trim() || null,
          rate_bps: Math.round(Number(form.percent) * 100),
        },
      },
      { onSuccess: () => toast.success("Rule saved; new orders use it"), onError: (e) => toast.error((e as Error).message) }
    )
  }
  const remove = (id: string) =>
    action.mutate({ path: `/admin/commission-rules/${id}`, method: "DELETE" }, { onError: (e) => toast.error((e as Error).message) })
  return (
    <Container className="divide-y p-0" data-testid="commission-rules">
      <div className="px-6 py-4">
        <Heading level="h2">Commission rules</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Platform default {data ? data.platform_rate_bps / 100 : "…"} %. The most specific rule wins: practitioner and category, then
          practitioner, then category. Orders already placed keep their rates.
        </Text>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load rules: {(error as Error).message}</Text>}
      {data && data.commission_rules.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Practitioner</Table.HeaderCell>
              <Table.HeaderCell>Category</Table.HeaderCell>
              <Table.HeaderCell>Rate</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.commission_rules.map((rule) => (
              <Table.Row key={rule.id} data-testid="commission-rule">
                <Table.Cell>{rule.practitioner?.display_name ?? (rule.practitioner_id || "Everyone")}</Table.Cell>
                <Table.Cell>{rule.category?.name ?? (rule.category_id || "Every category")}</Table.Cell>
                <Table.Cell>{rule.rate_bps / 100} %</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => remove(rule.id)}>
                    Remove
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form onSubmit={save} className="flex flex-wrap items-end gap-3 px-6 py-4">
        {(
          [
            ["practitioner_id", "Practitioner id (empty: everyone)"],
            ["category_id", "Category id (empty: every category)"],
            ["percent", "Rate (%)"],
          ] as const
        ).map(([field, label]) => (
          <div key={field} className="flex flex-col gap-1">
            <Label htmlFor={`rule-${field}`} size="small">
              {label}
            </Label>
            <Input id={`rule-${field}`} size="small" value={form[field]} onChange={(e) => setForm({ ...form, [field]: e.target.value })} />
          </div>
        ))}
        <Button size="small" variant="secondary" type="submit" isLoading={action.isPending}>
          Save rule
        </Button>
      </form>
    </Container>
  )
}
