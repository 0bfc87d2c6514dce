import { z } from "@medusajs/framework/zod"
import { MAX_ATTENDEES_PER_REQUEST } from "../../../lib/events/seats"

export const StoreJoinWaitlist = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .email("email must be an email address, e.g. thandi@example.com: the offer is sent there")
      .transform((email) => email.toLowerCase())
      .optional(),
    quantity: z.coerce
      .number({ message: "quantity must be the number of seats you want, e.g. 2" })
      .int("quantity must be a whole number of seats")
      .min(1, "quantity must be at least 1 seat")
      .max(MAX_ATTENDEES_PER_REQUEST, `quantity can be at most ${MAX_ATTENDEES_PER_REQUEST}`)
      .default(1),
  })
  .strict()
export type StoreJoinWaitlistType = z.infer<typeof StoreJoinWaitlist>
