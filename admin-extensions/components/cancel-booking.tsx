import { Button, Label, Prompt, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { clientName } from "../lib/booking-summary"
import { AdminBooking, useCancelBooking } from "../lib/bookings"
import { money } from "../lib/zoned-format"

/** "Cancel session": asks staff why (the client and the practitioner read it), cancels and refunds in full. */
export const CancelBookingButton = ({ booking }: { booking: AdminBooking }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const cancel = useCancelBooking()
  const fieldId = `cancel-reason-${booking.id}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) return
    cancel.mutate(
      { id: booking.id, reason: reason.trim() },
      {
        onSuccess: ({ refund }) => {
          toast.success("Session cancelled", {
            description: `Refunded ${refund.percent} %: ${money(refund.amount, booking.order?.currency_code)}`,
          })
          setOpen(false)
          setReason("")
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          Cancel session
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>Cancel {clientName(booking)}'s session?</Prompt.Title>
            <Prompt.Description>
              The client is refunded in full for the session. They and the practitioner are told, with your reason.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-1 px-6 pt-4">
            <Label htmlFor={fieldId} size="small">
              Reason
            </Label>
            <Textarea
              id={fieldId}
              aria-required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder="Why is the session cancelled?"
            />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>Keep the session</Prompt.Cancel>
            <Button type="submit" size="small" variant="danger" disabled={!reason.trim()} isLoading={cancel.isPending}>
              Cancel and refund
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
