"use client"

import { useState, useTransition } from "react"
import { cancelMyTicket } from "@/lib/actions/event-actions"
import { formatMoney } from "@/lib/util/money"

/** Cancelling one ticket with the refund shown first: ask, see what comes back under the event's policy, then confirm. */
export function TicketCancel({ ticketId }: { ticketId: string }) {
  const [quote, setQuote] = useState<{ percent: number; amount: number; currency_code: string | null } | null>(null)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const ask = () =>
    startTransition(async () => {
      const answer = await cancelMyTicket(ticketId, false)
      setError(answer.error)
      setQuote(answer.refund)
    })
  const confirm = () =>
    startTransition(async () => {
      const answer = await cancelMyTicket(ticketId, true)
      setError(answer.error)
    })
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      {!quote ? (
        <button type="button" className="underline" onClick={ask} disabled={pending}>
          Cancel this ticket
        </button>
      ) : (
        <>
          <span data-testid="ticket-refund-quote">
            {quote.amount > 0
              ? `Cancelling now refunds ${quote.percent} % (${formatMoney(quote.amount, quote.currency_code ?? "zar")}).`
              : "Under the event's policy cancelling now refunds nothing."}
          </span>
          <button type="button" className="btn-secondary py-1" onClick={confirm} disabled={pending}>
            Yes, cancel
          </button>
          <button type="button" className="underline" onClick={() => setQuote(null)}>
            Keep it
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}
