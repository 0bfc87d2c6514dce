import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { attachSeatHoldLineStep } from "../steps/attach-seat-hold-line"
import { claimWaitlistOfferStep } from "../steps/claim-waitlist-offer"
import { Attendee, createSeatHoldStep } from "../steps/create-seat-hold"
import { resolveTicketOfferStep } from "../steps/resolve-ticket-offer"
import { validateSeatRequestStep } from "../steps/validate-seat-request"
import { dateSeatsLockKey } from "../utils/date-seats"

export const holdEventSeatsWorkflowId = "hold-event-seats"

export type HoldEventSeatsInput = {
  cart_id: string
  variant_id: string
  attendees: Attendee[]
  now: Date
  /** A waitlist offer's link token: its kept seats are this cart's to take. */
  waitlist_token?: string
}

/**
 * A shopper adds tickets with a name for each attendee: with the date's lock
 * held, check the ticket is on sale, within its per-order limit and that
 * enough seats are left, and hold one seat per attendee for the cart; then
 * add one line of that many tickets that needs no shipping and record that
 * line on the hold (its line_item_id). A failure after the hold removes it.
 * With a waitlist offer's token, the offer's seats are taken and the offer
 * used up in the same lock.
 */
export const holdEventSeatsWorkflow = createWorkflow(holdEventSeatsWorkflowId, (input: HoldEventSeatsInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "customer_id"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const offer = resolveTicketOfferStep({ variant_id: input.variant_id })
  // The cart's lock for the whole: one new line at a time per cart. The date's lock only while
  // counting and holding seats: once the hold exists it counts, so other carts need not wait for the line.
  const cartLock = transform({ input }, ({ input }) => `seat-holds:${input.cart_id}`)
  const dateLock = transform({ offer }, ({ offer }) => dateSeatsLockKey(offer.date.id))
  acquireLockStep({ key: cartLock, timeout: 30, ttl: 60 }).config({ name: "lock-cart-seat-holds" })
  acquireLockStep({ key: dateLock, timeout: 30, ttl: 30 }).config({ name: "lock-event-date-seats" })
  const request = validateSeatRequestStep(
    transform({ input, offer }, ({ input, offer }) => ({
      cart_id: input.cart_id,
      offer,
      quantity: input.attendees.length,
      now: input.now,
      waitlist_token: input.waitlist_token,
    }))
  )
  const hold = createSeatHoldStep(
    transform({ input, offer, carts }, ({ input, offer, carts }) => ({
      cart_id: input.cart_id,
      customer_id: carts[0].customer_id ?? null,
      offer,
      attendees: input.attendees,
      now: input.now,
    }))
  )
  claimWaitlistOfferStep(transform({ request }, ({ request }) => ({ entry_id: request.claim_entry_id })))
  releaseLockStep({ key: dateLock }).config({ name: "unlock-event-date-seats" })
  addToCartWorkflow.runAsStep({
    input: transform({ input, hold }, ({ input, hold }) => ({
      cart_id: input.cart_id,
      items: [
        {
          variant_id: input.variant_id,
          quantity: input.attendees.length,
          requires_shipping: false,
          // Only so that Medusa never merges two holds of one ticket into one line; nothing reads it.
          metadata: { ticket_line: hold.id },
        },
      ],
      // Lets the add-to-cart hook admit this ticket line; it checks the hold itself.
      additional_data: { seat_hold_id: hold.id },
    })),
  })
  const attached = attachSeatHoldLineStep(transform({ hold }, ({ hold }) => ({ hold_id: hold.id })))
  releaseLockStep({ key: cartLock }).config({ name: "unlock-cart-seat-holds" })
  return new WorkflowResponse(attached)
})
