import { z } from "@medusajs/framework/zod"
import { MAX_ATTENDEES_PER_REQUEST } from "../../../../../lib/events/seats"
import { MAX_ID_LENGTH } from "../../../../utils/paging"

const Attendee = z
  .object({
    name: z
      .string({ message: "each attendee needs a name, as it will stand on the ticket" })
      .trim()
      .min(1, "each attendee needs a name, as it will stand on the ticket")
      .max(100, "an attendee's name can be at most 100 characters"),
    email: z.string().trim().max(254).email("an attendee's email must be an email address, e.g. thandi@example.com").optional(),
  })
  .strict()

export const StoreHoldTickets = z
  .object({
    variant_id: z.string({ message: "variant_id is required: the ticket (date and ticket type) to buy" }).min(1).max(MAX_ID_LENGTH),
    attendees: z
      .array(Attendee, { message: "attendees is required: one { name, email? } per ticket" })
      .min(1, "attendees needs at least one attendee: one ticket each")
      .max(MAX_ATTENDEES_PER_REQUEST, `attendees can name at most ${MAX_ATTENDEES_PER_REQUEST} people`),
    waitlist_token: z
      .string({ message: "waitlist_token must be the token from a waitlist offer's link" })
      .min(1)
      .max(200, "waitlist_token must be the token from a waitlist offer's link")
      .optional(),
  })
  .strict()
export type StoreHoldTicketsType = z.infer<typeof StoreHoldTickets>

/** The tickets of a cart or an order take no parameters. */
export const StoreListTicketLines = z.object({}).strict()
