import { z } from "@medusajs/framework/zod"
import { listOffset } from "../../../../utils/paging"

export const StoreListMyTickets = z
  .object({
    status: z.enum(["upcoming", "past"], { message: "status must be upcoming or past" }).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: listOffset,
  })
  .strict()
export type StoreListMyTicketsType = z.infer<typeof StoreListMyTickets>
