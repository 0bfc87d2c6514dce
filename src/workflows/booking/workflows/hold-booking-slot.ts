import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { attachBookingLineItemStep } from "../steps/attach-booking-line-item"
import { createHeldBookingStep } from "../steps/create-held-booking"
import { resolveSessionVariantStep } from "../steps/resolve-session-variant"
import { validateHoldAllowanceStep } from "../steps/validate-hold-allowance"
import { validateMeetingModeStep } from "../steps/validate-meeting-mode"
import { validateSlotIsFreeStep } from "../steps/validate-slot-is-free"

export const holdBookingSlotWorkflowId = "hold-booking-slot"

export type HoldBookingSlotInput = {
  cart_id: string
  variant_id: string
  starts_at: Date
  /** The shopper's zone; the practitioner's when not given. */
  customer_timezone?: string
  meeting_mode?: "in_person" | "online"
  notes?: string
}

/**
 * A shopper picks a time: with the practitioner's lock held, check the cart
 * and shopper may hold another session and the slot is free, hold it for the cart, add the session to the cart as a line that
 * needs no shipping, and record that line on the booking (its line_item_id).
 */
export const holdBookingSlotWorkflow = createWorkflow(holdBookingSlotWorkflowId, (input: HoldBookingSlotInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const session = resolveSessionVariantStep({ variant_id: input.variant_id })
  const meetingMode = validateMeetingModeStep({ session, meeting_mode: input.meeting_mode })
  // The practitioner's calendar, and this cart's and shopper's count of holds.
  const lockKeys = transform({ session, carts }, ({ session, carts }) => [
    `booking:${session.practitioner.id}`,
    `session-holds:${carts[0].id}`,
    ...(carts[0].customer_id ? [`session-holds:${carts[0].customer_id}`] : []),
  ])
  acquireLockStep({ key: lockKeys, timeout: 10, ttl: 30 })
  validateHoldAllowanceStep(transform({ carts }, ({ carts }) => ({ cart_id: carts[0].id, customer_id: carts[0].customer_id })))
  validateSlotIsFreeStep({ session, starts_at: input.starts_at })
  const booking = createHeldBookingStep(
    transform({ input, session, carts, meetingMode }, ({ input, session, carts, meetingMode }) => ({
      session,
      cart_id: input.cart_id,
      customer_id: carts[0].customer_id,
      starts_at: input.starts_at,
      customer_timezone: input.customer_timezone ?? session.practitioner.timezone,
      meeting_mode: meetingMode,
      notes: input.notes,
    }))
  )
  addToCartWorkflow.runAsStep({
    input: transform({ input, booking }, ({ input, booking }) => ({
      cart_id: input.cart_id,
      items: [
        {
          variant_id: input.variant_id,
          quantity: 1,
          requires_shipping: false,
          // Only so that Medusa never merges two sessions of one offering into one line;
          // nothing reads it (a line's metadata is the shopper's to change).
          metadata: { session_line: booking.id },
        },
      ],
      // Lets the add-to-cart hook admit this session line; it checks the hold itself.
      additional_data: { session_hold_id: booking.id },
    })),
  })
  const attached = attachBookingLineItemStep(transform({ booking }, ({ booking }) => ({ booking_id: booking.id })))
  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(attached)
})
