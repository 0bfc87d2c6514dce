import { z } from "@medusajs/framework/zod"

/** A ticket's check-in code as typed or scanned: dashes and spaces allowed, case ignored. */
export const CheckInTicket = z
  .object({
    code: z.string().trim().min(4, "code is the ticket's check-in code, e.g. 7KQ2-M9XD-4TRB").max(32, "code is at most 32 characters"),
  })
  .strict()
export type CheckInTicketType = z.infer<typeof CheckInTicket>
