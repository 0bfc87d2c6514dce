import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queryDirectory } from "../../../queries/practitioner-directory"
import { toPublicPractitioner } from "../../../lib/practitioners/public-profile"
import { StoreListPractitionersType } from "./validators"
import { freeWhenIntervals, freeWhenOf } from "../../../lib/practitioners/free-when"
import { FREE_SLOT_DAYS } from "../../../workflows/availability/utils/refresh-free-slots"

/**
 * GET /store/practitioners — the directory of approved practitioners, each
 * with their next free slot (within the shopper's times when given:
 * available_from/available_to/available_days in `tz`).
 */
export async function GET(req: MedusaRequest<unknown, StoreListPractitionersType>, res: MedusaResponse) {
  const filters = req.validatedQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const now = new Date()
  const when = freeWhenOf(filters)
  const free = when ? freeWhenIntervals(when, now, FREE_SLOT_DAYS) : undefined
  const { practitioners, count } = await queryDirectory(knex, { ...filters, free, now })
  res.json({
    practitioners: practitioners.map(toPublicPractitioner),
    count,
    offset: filters.offset,
    limit: filters.limit,
  })
}
