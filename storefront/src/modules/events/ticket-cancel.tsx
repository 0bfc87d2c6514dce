"use client"

import { useState, useTransition } from "react"
import { cancelMyTicket } from "@/lib/actions/event-actions"
import { RefundConfirm, RefundQuote } from "@/modules/common/refund-confirm"

/** Cancelling one ticket with the refund shown first: ask, see what comes back under the event's policy, then confirm. */
export function TicketCancel({ ticketId }: { ticketId: string }) {
  const [quote, setQuote] = useState<RefundQuote | null>(null)
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
        <RefundConfirm quote={quote} pending={pending} onConfirm={confirm} onKeep={() => setQuote(null)} testId="ticket-refund-quote" />
      )}
      {error && (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}
