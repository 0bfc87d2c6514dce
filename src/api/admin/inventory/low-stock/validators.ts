import { z } from "@medusajs/framework/zod"

export const AdminLowStockParams = z
  .object({
    threshold: z.coerce
      .number()
      .int("threshold must be a whole number")
      .min(0, "threshold cannot be negative")
      .max(100000, "threshold can be at most 100000")
      .default(5),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit can be at most 100").default(20),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").default(0),
  })
  .strict()

export type AdminLowStockParamsType = z.infer<typeof AdminLowStockParams>
