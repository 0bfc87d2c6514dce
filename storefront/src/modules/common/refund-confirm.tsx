import { formatMoney } from "@/lib/util/money"

export type RefundQuote = { percent: number; amount: number; currency_code: string | null }

/** What cancelling would refund, said before anything happens, with the choice to go ahead or keep it. */
export function RefundConfirm({
  quote,
  pending,
  onConfirm,
  onKeep,
  testId,
}: {
  quote: RefundQuote
  pending: boolean
  onConfirm: () => void
  onKeep: () => void
  testId: string
}) {
  return (
    <>
      <span data-testid={testId}>
        {quote.amount > 0
          ? `Cancelling now refunds ${quote.percent} % (${formatMoney(quote.amount, quote.currency_code ?? "zar")}).`
          : "Under the cancellation policy cancelling now refunds nothing."}
      </span>
      <button type="button" className="btn-secondary py-1" onClick={onConfirm} disabled={pending}>
        Yes, cancel
      </button>
      <button type="button" className="underline" onClick={onKeep}>
        Keep it
      </button>
    </>
  )
}
