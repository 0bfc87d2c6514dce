import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listEarningsEntries, listOwnPayouts, retrieveEarnings, type EarningsEntry, type PayoutAccount } from "@/lib/data/earnings"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { formatMoney } from "@/lib/util/money"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { StripeOnboardingForm } from "@/modules/practice/stripe-onboarding-form"
import { GetHelpLink } from "@/modules/support/get-help-link"

export const metadata: Metadata = { title: "Your earnings", description: "What you have earned on Avenrae, your payouts and statements." }

const STATE: Record<EarningsEntry["state"], string> = {
  pending: "Pending",
  held: "Held for review",
  available: "Available",
  in_payout: "In a payout",
  paid: "Paid",
  reversed: "Taken back",
}
const KIND: Record<EarningsEntry["kind"], string> = {
  sale: "Sale",
  refund: "Refund",
  reversal: "Refund after payout",
  adjustment: "Adjustment",
  payout: "Payout",
  debt: "Owed back",
}
const PAYOUT_STATUS: Record<string, string> = {
  pending: "Being prepared",
  in_transit: "On its way",
  paid: "Paid",
  failed: "Failed (will retry)",
}
const day = (value: string | null) => (value ? new Date(value).toLocaleDateString("en-ZA", { dateStyle: "medium" }) : "—")
const money = (amount: string, currency: string) => formatMoney(Number(amount), currency)

export default async function PracticeEarningsPage({ searchParams }: { searchParams: Promise<{ stripe?: string; page?: string }> }) {
  const me = await retrieveOwnPractitioner()
  if (!me) redirect("/practice")
  const { stripe, page } = await searchParams
  const pageNumber = Math.max(1, Math.min(200, Number(page) || 1))
  const [{ balances, account }, ledger, payouts] = await Promise.all([
    retrieveEarnings(),
    listEarningsEntries((pageNumber - 1) * 50),
    listOwnPayouts(),
  ])
  return (
    <>
      <h1 className="font-serif text-3xl">Your earnings</h1>
      <div className="mt-4">
        <PracticeNav current="earnings" approved={me.status === "approved"} />
      </div>
      {stripe === "return" && (
        <p className="mb-4 text-sm">Welcome back from Stripe. Your account state below updates as soon as Stripe tells us.</p>
      )}
      {stripe === "refresh" && <p className="mb-4 text-sm">That Stripe link expired; start again below for a fresh one.</p>}

      <section aria-label="Balances" className="mb-8 grid gap-4 sm:grid-cols-2">
        {balances.map((b) => (
          <div key={b.currency_code} className="card p-4" data-testid="earnings-balance">
            <h2 className="font-medium">{b.currency_code.toUpperCase()}</h2>
            <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
              <dt className="text-ink-soft">Pending</dt>
              <dd>{money(b.pending, b.currency_code)}</dd>
              <dt className="text-ink-soft">Available</dt>
              <dd>{money(Number(b.available) > 0 ? b.available : "0", b.currency_code)}</dd>
              <dt className="text-ink-soft">On its way</dt>
              <dd>{money(b.in_transit, b.currency_code)}</dd>
              <dt className="text-ink-soft">Paid</dt>
              <dd>{money(b.paid, b.currency_code)}</dd>
              {Number(b.owed) > 0 && (
                <>
                  <dt className="text-red-800">You owe</dt>
                  <dd className="text-red-800">{money(b.owed, b.currency_code)}</dd>
                </>
              )}
            </dl>
          </div>
        ))}
        {!balances.length && (
          <p className="text-ink-soft">Nothing earned yet. Money from sessions, tickets and crystals you sell shows here.</p>
        )}
      </section>

      <PayoutMethod account={account} approved={me.status === "approved"} />

      <section aria-label="Payouts" className="mb-8">
        <h2 className="mb-2 text-lg font-semibold">Payouts</h2>
        <table className="w-full text-left text-sm">
          <thead className="text-ink-soft">
            <tr>
              <th className="py-1 font-normal">Opened</th>
              <th className="font-normal">Amount</th>
              <th className="font-normal">How</th>
              <th className="font-normal">Status</th>
              <th className="font-normal">Statement</th>
              {me.status === "approved" && <th className="font-normal">Help</th>}
            </tr>
          </thead>
          <tbody>
            {payouts.map((p) => (
              <tr key={p.id} className="border-t border-amethyst-100" data-testid="own-payout">
                <td className="py-2">{day(p.created_at)}</td>
                <td>{money(p.amount, p.currency_code)}</td>
                <td>{p.provider === "stripe" ? "Stripe" : `Bank transfer${p.reference ? ` (${p.reference})` : ""}`}</td>
                <td>
                  {PAYOUT_STATUS[p.status]}
                  {p.status === "paid" && p.paid_at ? ` on ${day(p.paid_at)}` : ""}
                  {p.failure_message && <span className="block text-xs text-red-800">{p.failure_message}</span>}
                </td>
                <td>
                  <a href={`/practice/earnings/payouts/${p.id}/statement.pdf`} className="underline">
                    PDF
                  </a>
                </td>
                {me.status === "approved" && (
                  <td>
                    <GetHelpLink side="practitioner" category="payout" linkId={p.id} />
                  </td>
                )}
              </tr>
            ))}
            {!payouts.length && (
              <tr>
                <td colSpan={me.status === "approved" ? 6 : 5} className="py-2 text-ink-soft">
                  No payouts yet. Payouts run every week once at least the minimum is available.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <section aria-label="Ledger">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Every entry</h2>
          <a href="/practice/earnings/entries.csv" className="text-sm underline">
            Download CSV
          </a>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-ink-soft">
              <tr>
                <th className="py-1 font-normal">Date</th>
                <th className="font-normal">What</th>
                <th className="font-normal">Order</th>
                <th className="font-normal">Gross</th>
                <th className="font-normal">Rate</th>
                <th className="font-normal">Commission</th>
                <th className="font-normal">Yours</th>
                <th className="font-normal">State</th>
              </tr>
            </thead>
            <tbody>
              {ledger.entries.map((e) => (
                <tr key={e.id} className="border-t border-amethyst-100 align-top" data-testid="ledger-entry">
                  <td className="py-2">{day(e.created_at)}</td>
                  <td>
                    {KIND[e.kind]}
                    {e.purchase ? ` · ${e.purchase}` : ""}
                    {e.reason && <span className="block text-xs text-ink-soft">{e.reason}</span>}
                  </td>
                  <td>{e.order_number ? `#${e.order_number}` : "—"}</td>
                  <td>{money(e.gross, e.currency_code)}</td>
                  <td>{e.rate_bps === null ? "—" : `${e.rate_bps / 100} %`}</td>
                  <td>{money(e.commission, e.currency_code)}</td>
                  <td>{money(e.share, e.currency_code)}</td>
                  <td>
                    {STATE[e.state]}
                    {e.state === "pending" && e.available_at ? ` until ${day(e.available_at)}` : ""}
                  </td>
                </tr>
              ))}
              {!ledger.entries.length && (
                <tr>
                  <td colSpan={8} className="py-2 text-ink-soft">
                    No entries yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <nav aria-label="Ledger pages" className="mt-3 flex gap-4 text-sm">
          {pageNumber > 1 && (
            <a href={`/practice/earnings?page=${pageNumber - 1}`} className="underline">
              Newer
            </a>
          )}
          {ledger.offset + ledger.entries.length < ledger.count && (
            <a href={`/practice/earnings?page=${pageNumber + 1}`} className="underline">
              Older
            </a>
          )}
        </nav>
        <p className="mt-4 text-xs text-ink-soft">
          Commission is taken on each line's total after discounts, excluding tax, rounded half up to the cent. Money is yours once earned:
          a session when completed, a ticket when its date has ended — each after a short window for disputes — and a crystal 14 days after
          it ships.
        </p>
      </section>
    </>
  )
}

function PayoutMethod({ account, approved }: { account: PayoutAccount; approved: boolean }) {
  if (!account.stripe_available) {
    return (
      <p className="mb-8 text-sm" data-testid="payout-method">
        You are paid by bank transfer. The platform sends what is due every week and marks each payout with its transfer reference.
      </p>
    )
  }
  const ready = account.provider === "stripe" && account.payouts_enabled
  return (
    <section aria-label="Payout method" className="card mb-8 p-4" data-testid="payout-method">
      <h2 className="font-medium">Stripe</h2>
      {ready ? (
        <p className="text-sm">Your Stripe account is ready: payouts go straight to it.</p>
      ) : (
        <>
          <p className="mb-2 text-sm">
            {account.stripe_account_id
              ? `Stripe still needs: ${account.requirements_due.join(", ") || "a few details"}.`
              : "Set up a Stripe account to be paid straight into your bank. Until then you are paid by bank transfer."}
          </p>
          {approved && <StripeOnboardingForm started={!!account.stripe_account_id} />}
        </>
      )}
    </section>
  )
}
