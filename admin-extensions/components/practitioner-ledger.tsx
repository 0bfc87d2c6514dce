import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import { usePayoutAction, usePractitionerLedger } from "../lib/payouts"
import { Pager } from "./pager"

const PAGE_SIZE = 20

/** A practitioner's ledger on their page, newest first, with a correction staff can add (a signed amount and the reason). */
export const PractitionerLedger = ({ practitionerId }: { practitionerId: string }) => {
  const [page, setPage] = useState(0)
  const { data, isError, error } = usePractitionerLedger(practitionerId, page * PAGE_SIZE)
  const action = usePayoutAction()
  const [form, setForm] = useState({ amount: "", reason: "" })
  const adjust = (event: FormEvent) => {
    event.preventDefault()
    action.mutate(
      { path: `/admin/practitioners/${practitionerId}/ledger-adjustments`, body: { currency_code: "zar", ...form } },
      { onSuccess: () => toast.success("Adjustment recorded"), onError: (e) => toast.error((e as Error).message) }
    )
  }
  return (
    <Container className="divide-y p-0" data-testid="practitioner-ledger">
      <div className="px-6 py-4">
        <Heading level="h2">Ledger</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Every movement of their money; balances and payouts are on the{" "}
          <Link to="/payouts" className="text-ui-fg-interactive hover:underline">
            Payouts
          </Link>{" "}
          page.
        </Text>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load the ledger: {(error as Error).message}</Text>}
      {data && !data.entries.length && <Text className="px-6 py-4">Nothing earned yet.</Text>}
      {data && data.entries.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Entry</Table.HeaderCell>
              <Table.HeaderCell>Gross</Table.HeaderCell>
              <Table.HeaderCell>Commission</Table.HeaderCell>
              <Table.HeaderCell>Share</Table.HeaderCell>
              <Table.HeaderCell>State</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>{new Date(entry.created_at).toLocaleDateString()}</Table.Cell>
                <Table.Cell>
                  {entry.order_id ? (
                    <Link to={`/orders/${entry.order_id}`} className="text-ui-fg-interactive hover:underline">
                      {entry.kind}
                    </Link>
                  ) : (
                    entry.kind
                  )}
                  {entry.purchase ? ` · ${entry.purchase}` : ""}
                  {entry.reason && (
                    <Text size="small" className="text-ui-fg-subtle">
                      {entry.reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{entry.gross}</Table.Cell>
                <Table.Cell>
                  {entry.commission}
                  {entry.rate_bps !== null && ` (${entry.rate_bps / 100} %)`}
                </Table.Cell>
                <Table.Cell>
                  {entry.share} {entry.currency_code.toUpperCase()}
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{entry.state.replace("_", " ")}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} count={data.count} onPageChange={setPage} />}
      <form onSubmit={adjust} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="adjust-amount" size="small">
            Adjustment (ZAR, negative to take back)
          </Label>
          <Input id="adjust-amount" size="small" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="adjust-reason" size="small">
            Reason
          </Label>
          <Input id="adjust-reason" size="small" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </div>
        <Button size="small" variant="secondary" type="submit" isLoading={action.isPending}>
          Record adjustment
        </Button>
      </form>
    </Container>
  )
}
