import { z } from "@medusajs/framework/zod"
import { EVENT_FORMATS, EVENT_KINDS } from "../../../modules/event/values"
import { horizonInstant } from "../../utils/instants"
import { nearPoint, radiusKm } from "../../utils/near"
import { listOffset } from "../../utils/paging"

export const StoreListEvents = z
  .object({
    // Medusa's formatter names an enum's values itself ("Expected: 'workshop, circle, …' for field 'kind'").
    kind: z.enum(EVENT_KINDS).optional(),
    format: z.enum(EVENT_FORMATS).optional(),
    host: z.string().trim().min(1).max(100, "host is a practitioner's handle, e.g. nomvula-dlamini").optional(),
    city: z.string().trim().min(1).max(100).optional(),
    near: nearPoint.optional(),
    radius_km: radiusKm.optional(),
    from: horizonInstant("from", { dateOnly: true }).optional(),
    to: horizonInstant("to", { dateOnly: true }).optional(),
    limit: z.coerce.number().int().min(1).max(50, "limit can be at most 50").default(20),
    offset: listOffset,
  })
  .strict()
  .refine((q) => q.near || q.radius_km === undefined, { message: "radius_km needs near=lat,lng", path: ["radius_km"] })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type StoreListEventsType = z.infer<typeof StoreListEvents>
