import { z } from "@medusajs/framework/zod"
import { listOffset } from "../../../utils/paging"

export const AdminLowStockParams = z
  .object({
    threshold: z.coerce
      .number()
      .int("threshold must be a whole number")
      .min(0, "threshold cannot be negative")
      .max(100000, "threshold can be at most 100000")
      .default(5),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
    offset: listOffset,
  })
  .strict()

export type AdminLowStockParamsType = z.infer<typeof AdminLowStockParams>
