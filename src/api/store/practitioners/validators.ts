import { z } from "@medusajs/framework/zod"
import { DIRECTORY_SORTS } from "../../../lib/practitioners/discovery"
import { MEETING_MODES, PRACTITIONER_KINDS } from "../../../modules/practitioner/models/practitioner"
import { nearPoint, radiusKm } from "../../utils/near"
import { listOffset } from "../../utils/paging"
import { parseDays } from "../../../lib/practitioners/free-when"
import { isKnownTimeZone } from "../../../lib/practitioners/time-zone"

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/
const LOCAL_DATE_TIME = /^(20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d$/
/** A time of day ("18:00") or a local date-time in this century ("2026-12-05T09:00"), in the shopper's zone. */
const freeTime = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => TIME_OF_DAY.test(value) || (LOCAL_DATE_TIME.test(value) && !Number.isNaN(Date.parse(`${value}:00Z`))), {
      message: `${field} is a time of day such as 18:00, or a local date and time such as 2026-12-05T09:00`,
    })
    .optional()

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
    available_from: freeTime("available_from"),
    available_to: freeTime("available_to"),
    available_days: z
      .string()
      .max(60, "available_days is too long")
      .refine((value) => parseDays(value) !== undefined, {
        message: "available_days lists days such as mon,tue,sat, or weekdays or weekends",
      })
      .optional(),
    tz: z
      .string()
      .max(64, "tz is too long for a time zone")
      .refine(isKnownTimeZone, { message: 'tz must be an IANA time zone such as "Africa/Johannesburg"' })
      .optional(),
  })
  .strict()
  .refine((q) => !q.available_from === !q.available_to, {
    message: "available_from and available_to go together",
    path: ["available_to"],
  })
  .refine((q) => !q.available_from || TIME_OF_DAY.test(q.available_from) === TIME_OF_DAY.test(q.available_to ?? ""), {
    message: "available_from and available_to are both times of day (18:00) or both local date-times (2026-12-05T09:00)",
    path: ["available_to"],
  })
  .refine((q) => !q.available_days || !q.available_from || TIME_OF_DAY.test(q.available_from), {
    message: "available_days goes with times of day (18:00), not with date-times",
    path: ["available_days"],
  })
  .refine((q) => !q.available_from || TIME_OF_DAY.test(q.available_from) || q.available_from < q.available_to!, {
    message: "available_to must be after available_from",
    path: ["available_to"],
  })
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
