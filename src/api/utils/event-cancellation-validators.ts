import { z } from "@medusajs/framework/zod"

/** Cancelling one ticket: without confirm, only what the refund would be. */
export const CancelTicket = z
  .object({
    confirm: z.boolean({ message: "confirm must be true or false" }).default(false),
    reason: z.string().trim().max(1000, "reason can be at most 1000 characters").optional(),
  })
  .strict()
export type CancelTicketType = z.infer<typeof CancelTicket>

/** Cancelling a whole date: every ticket refunded in full; the reason goes to attendees and the waitlist. */
export const CancelEventDate = z
  .object({
    reason: z
      .string({ message: "reason is required: attendees and the waitlist are told why the date is cancelled" })
      .trim()
      .min(1, "reason is required: attendees and the waitlist are told why the date is cancelled")
      .max(1000, "reason can be at most 1000 characters"),
  })
  .strict()
export type CancelEventDateType = z.infer<typeof CancelEventDate>
