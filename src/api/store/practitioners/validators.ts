import { z } from "@medusajs/framework/zod"
import { DIRECTORY_SORTS } from "../../../lib/practitioners/discovery"
import { MEETING_MODES, PRACTITIONER_KINDS } from "../../../modules/practitioner/models/practitioner"
import { nearPoint, radiusKm } from "../../utils/near"
import { listOffset } from "../../utils/paging"

const MAX_PRICE = 1_000_000_000
const price = (field: string) =>
  z.coerce.number().min(0, `${field} cannot be negative`).max(MAX_PRICE, `${field} can be at most ${MAX_PRICE}`).optional()

export const StoreListPractitioners = z
  .object({
    kind: z.enum(PRACTITIONER_KINDS, { message: `kind must be one of ${PRACTITIONER_KINDS.join(", ")}` }).optional(),
    specialty: z.string().trim().min(1).max(60).optional(),
    language: z.string().trim().min(2).max(40).optional(),
    meeting_mode: z.enum(MEETING_MODES, { message: "meeting_mode must be in_person or online" }).optional(),
    min_rating: z.coerce.number().min(0, "min_rating must be between 0 and 5").max(5, "min_rating must be between 0 and 5").optional(),
    q: z.string().trim().min(1).max(100).optional(),
    near: nearPoint.optional(),
    radius_km: radiusKm.optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a three-letter ISO 4217 code, e.g. zar")
      .transform((code) => code.toLowerCase())
      .optional(),
    min_price: price("min_price"),
    max_price: price("max_price"),
    sort: z.enum(DIRECTORY_SORTS, { message: `sort must be one of ${DIRECTORY_SORTS.join(", ")}` }).default("rating"),
    limit: z.coerce.number().int().min(1).max(50, "limit can be at most 50").default(20),
    offset: listOffset,
  })
  .strict()
  .refine((q) => q.near || q.radius_km === undefined, { message: "radius_km needs near=lat,lng", path: ["radius_km"] })
  .refine((q) => q.near || q.sort !== "distance", { message: "sort=distance needs near=lat,lng", path: ["sort"] })
  .refine((q) => q.currency_code || (q.min_price === undefined && q.max_price === undefined && !q.sort.startsWith("price")), {
    message: "min_price, max_price and sort=price need currency_code (e.g. zar)",
    path: ["currency_code"],
  })
  .refine((q) => q.min_price === undefined || q.max_price === undefined || q.min_price <= q.max_price, {
    message: "min_price cannot be above max_price",
    path: ["min_price"],
  })

export type StoreListPractitionersType = z.infer<typeof StoreListPractitioners>
