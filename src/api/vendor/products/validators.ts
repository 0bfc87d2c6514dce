import { z } from "@medusajs/framework/zod"

/** The most a session may cost, in major units of any currency: far above any real one, well inside what payments carry. */
export const MAX_SESSION_PRICE = 1_000_000

const price = z
  .number()
  .positive("prices must be positive amounts in major units, e.g. 650 for R650")
  .max(MAX_SESSION_PRICE)
  .refine((amount) => Number.isInteger(Math.round(amount * 100 * 1e6) / 1e6), "prices have at most two decimals, e.g. 650.50")

export const VendorCreateSessionOffering = z
  .object({
    title: z.string().trim().min(3, "title needs at least 3 characters").max(200),
    description: z.string().max(5000).optional(),
    durations: z
      .array(
        z
          .object({
            minutes: z.number().int().min(15, "a session lasts at least 15 minutes").max(480, "a session lasts at most 480 minutes"),
            prices: z
              .object({ zar: price.optional(), usd: price.optional(), eur: price.optional() })
              .strict()
              .refine((p) => Object.keys(p).length > 0, { message: "give a price in at least one of zar, usd, eur" }),
          })
          .strict()
      )
      .min(1, "offer at least one duration")
      .max(6)
      .refine((d) => new Set(d.map((x) => x.minutes)).size === d.length, { message: "each duration may appear once" }),
  })
  .strict()
export type VendorCreateSessionOfferingType = z.infer<typeof VendorCreateSessionOffering>

export const VendorUpdateProduct = z
  .object({
    title: z.string().trim().min(3).max(200).optional(),
    description: z.string().max(5000).optional(),
    status: z.enum(["published", "draft"], { message: "status must be published or draft" }).optional(),
  })
  .strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>
