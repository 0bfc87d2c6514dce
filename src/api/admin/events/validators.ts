import { z } from "@medusajs/framework/zod"

/** A ticket's check-in code as typed or scanned: dashes and spaces allowed, case ignored. */
export const CheckInTicket = z
  .object({
    code: z.string().trim().min(4).max(32),
  })
  .strict()
export type CheckInTicketType = z.infer<typeof CheckInTicket>
