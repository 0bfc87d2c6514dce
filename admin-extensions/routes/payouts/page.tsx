import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import { StatusTabs } from "../../components/list-controls"
import { Pager } from "../../components/pager"
import { AdminPayout, PayoutStatus, usePayoutAction, usePayoutBalances, usePayoutRuns, usePayouts } from "../../lib/payouts"
import { CommissionRules } from "../../components/commission-rules"

const PAGE_SIZE = 20
const TABS = ["pending", "in_transit", "failed", "paid", ""] as const
const amount = (value: string, currency: string) => `${Number(value).toFixed(2)} ${currency.toUpperCase()}`

/** Payouts: what each practitioner is owed and due, the payouts (failures with Stripe's words), runs, and the commission rules. */
const PayoutsPage = () => (
  <div className="flex flex-col gap-4" data-testid="avenrae-payouts">
    <Balances />
    <PayoutList />
    <Runs />
    <CommissionRules />
  </div>
)

const Balances = () => {
  const { data, isError, error } = usePayoutBalances()
  const action = usePayoutAction()
  const payNow = (practitionerId?: string) =>
    action.mutate(
      { path: "/admin/payout-runs", body: practitionerId ? { practitioner_id: practitionerId } : {} },
      {
        onSuccess: (result) => {
          const run = result.payout_run as { payouts_created: number; skipped: { items: Array<{ reason: string }> } }
          toast.success(
            `${run.payouts_created} payout(s) opened${run.skipped.items.length ? `; skipped: ${run.skipped.items.map((s) => s.reason).join("; ")}` : ""}`
          )
        },
        onError: (e) => toast.error((e as Error).message),
      }
    )
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Payouts</Heading>
          {data && (
            <Text size="small" className="text-ui-fg-subtle">
              Minimum payout {data.minimum}; scheduled run <code>{data.schedule}</code>.
            </Text>
          )}
        </div>
        <div className="flex gap-2">
          <a href="/admin/payout-balances/owed" className="txt-compact-small text-ui-fg-interactive self-center hover:underline">
            Bank transfers owed (CSV)
          </a>
          <Button size="small" onClick={() => payNow()} isLoading={action.isPending}>
            Pay everyone due now
          </Button>
        </div>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load balances: {(error as Error).message}</Text>}
      {data && !data.balances.length && <Text className="px-6 py-4">Nobody has earned anything yet.</Text>}
      {data && data.balances.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Practitioner</Table.HeaderCell>
              <Table.HeaderCell>Pending</Table.HeaderCell>
              <Table.HeaderCell>Available</Table.HeaderCell>
              <Table.HeaderCell>Owed back</Table.HeaderCell>
              <Table.HeaderCell>In transit</Table.HeaderCell>
              <Table.HeaderCell>Paid</Table.HeaderCell>
              <Table.HeaderCell>Paid by</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.balances.map((b) => (
              <Table.Row key={`${b.practitioner_id}-${b.currency_code}`} data-testid="payout-balance">
                <Table.Cell>
                  <Link to={`/practitioners/${b.practitioner_id}`} className="text-ui-fg-interactive hover:underline">
                    {b.practitioner?.display_name ?? b.practitioner_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{amount(b.pending, b.currency_code)}</Table.Cell>
                <Table.Cell>
                  {amount(Number(b.available) > 0 ? b.available : "0", b.currency_code)} {b.due_now && <Badge size="2xsmall">due</Badge>}
                </Table.Cell>
                <Table.Cell>{Number(b.owed) > 0 ? amount(b.owed, b.currency_code) : "—"}</Table.Cell>
                <Table.Cell>{amount(b.in_transit, b.currency_code)}</Table.Cell>
                <Table.Cell>{amount(b.paid, b.currency_code)}</Table.Cell>
                <Table.Cell>
                  {b.account.provider === "stripe"
                    ? b.account.payouts_enabled
                      ? "Stripe"
                      : `Stripe (restricted${b.account.requirements_due.length ? `: ${b.account.requirements_due.join(", ")}` : ""})`
                    : "Bank transfer"}
                </Table.Cell>
                <Table.Cell>
                  {b.due_now && (
                    <Button size="small" variant="secondary" onClick={() => payNow(b.practitioner_id)} disabled={action.isPending}>
                      Pay now
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const PayoutList = () => {
  const [status, setStatus] = useState<(typeof TABS)[number]>("pending")
  const [page, setPage] = useState(0)
  const { data, isError, error } = usePayouts({
    status: (status || undefined) as PayoutStatus | undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Payout list</Heading>
      </div>
      <StatusTabs
        tabs={TABS}
        current={status}
        onChange={(tab) => {
          setStatus(tab)
          setPage(0)
        }}
      />
      {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load payouts: {(error as Error).message}</Text>}
      {data && !data.payouts.length && <Text className="px-6 py-4">No payouts here.</Text>}
      {data && data.payouts.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Opened</Table.HeaderCell>
              <Table.HeaderCell>Practitioner</Table.HeaderCell>
              <Table.HeaderCell>Amount</Table.HeaderCell>
              <Table.HeaderCell>How</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.payouts.map((payout) => (
              <PayoutRow key={payout.id} payout={payout} />
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager page={page} pageSize={PAGE_SIZE} count={data.count} onPageChange={setPage} />}
    </Container>
  )
}

const PayoutRow = ({ payout }: { payout: AdminPayout }) => {
  const [reference, setReference] = useState("")
  const action = usePayoutAction()
  const markPaid = (event: FormEvent) => {
    event.preventDefault()
    action.mutate(
      { path: `/admin/payouts/${payout.id}/mark-paid`, body: { reference } },
      { onSuccess: () => toast.success("Marked paid"), onError: (e) => toast.error((e as Error).message) }
    )
  }
  return (
    <Table.Row data-testid="payout-row">
      <Table.Cell>{new Date(payout.created_at).toLocaleDateString()}</Table.Cell>
      <Table.Cell>{payout.practitioner?.display_name ?? payout.practitioner_id}</Table.Cell>
      <Table.Cell>{amount(payout.amount, payout.currency_code)}</Table.Cell>
      <Table.Cell>
        {payout.provider === "stripe" ? `Stripe ${payout.transfer_id ?? ""}` : `Bank transfer ${payout.reference ?? ""}`}
      </Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color={payout.status === "failed" ? "red" : payout.status === "paid" ? "green" : "grey"}>
          {payout.status.replace("_", " ")}
        </Badge>
        {payout.failure_message && (
          <Text size="small" className="text-ui-fg-error">
            Attempt {payout.attempt}: {payout.failure_message}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-2">
          <a href={`/admin/payouts/${payout.id}/statement`} className="txt-compact-small text-ui-fg-interactive hover:underline">
            Statement
          </a>
          {payout.provider === "manual" && payout.status === "pending" && (
            <form onSubmit={markPaid} className="flex items-center gap-1">
              <Input
                size="small"
                placeholder="Transfer reference"
                aria-label="Transfer reference"
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
              <Button size="small" variant="secondary" type="submit" isLoading={action.isPending}>
                Mark paid
              </Button>
            </form>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

const Runs = () => {
  const { data } = usePayoutRuns()
  if (!data?.payout_runs.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Runs</Heading>
      </div>
      {data.payout_runs.slice(0, 10).map((run) => (
        <div key={run.id} className="px-6 py-3" data-testid="payout-run">
          <Text size="small" weight="plus">
            {new Date(run.created_at).toLocaleString()} · {run.trigger === "schedule" ? "scheduled" : "by staff"} · {run.payouts_created}{" "}
            opened, {run.payouts_sent} sent to Stripe
          </Text>
          {run.skipped.items.map((s) => (
            <Text key={`${s.practitioner_id}-${s.currency_code}`} size="small" className="text-ui-fg-subtle">
              Skipped {s.practitioner_id} ({s.currency_code.toUpperCase()}): {s.reason}
            </Text>
          ))}
          {run.failures.items.map((f) => (
            <Text key={f.payout_id} size="small" className="text-ui-fg-error">
              Failed {f.payout_id}: {f.message}
            </Text>
          ))}
        </div>
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payouts", icon: Cash })

export default PayoutsPage
