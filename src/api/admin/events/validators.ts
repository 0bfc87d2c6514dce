import { z } from "@medusajs/framework/zod"
import { EVENT_STATUSES } from "../../../modules/event/values"
import { listOffset, MAX_ID_LENGTH } from "../../utils/paging"

/** A ticket's check-in code as typed or scanned: dashes and spaces allowed, case ignored. */
export const CheckInTicket = z
  .object({
    code: z.string().trim().min(4).max(32),
  })
  .strict()
export type CheckInTicketType = z.infer<typeof CheckInTicket>

export const AdminListEvents = z
  .object({
    q: z.string().trim().max(200, "q can be at most 200 characters").optional(),
    status: z.enum(EVENT_STATUSES, { message: `status must be one of ${EVENT_STATUSES.join(", ")}` }).optional(),
    host_practitioner_id: z.string().max(MAX_ID_LENGTH).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: listOffset,
  })
  .strict()
export type AdminListEventsType = z.infer<typeof AdminListEvents>
