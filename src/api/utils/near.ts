import { z } from "@medusajs/framework/zod"
import { parseNear } from "../../lib/practitioners/discovery"

/** `near=lat,lng` as a point; anything else is a 400 that shows the form. */
export const nearPoint = z
  .string()
  .max(60, "near must be lat,lng, e.g. -29.86,31.02")
  .transform((value, ctx) => {
    const point = parseNear(value)
    if (!point) {
      ctx.addIssue({ code: "custom", message: "near must be lat,lng with latitude -90..90 and longitude -180..180, e.g. -29.86,31.02" })
      return z.NEVER
    }
    return point
  })

/** How far from `near`, in kilometres (half the earth's circumference at most). */
export const radiusKm = z.coerce.number().positive("radius_km must be a positive number of kilometres").max(20040)
