import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queryDirectory } from "../../../queries/practitioner-directory"
import { toPublicPractitioner } from "../../../lib/practitioners/public-profile"
import { StoreListPractitionersType } from "./validators"

/** GET /store/practitioners — the directory of approved practitioners. */
export async function GET(req: MedusaRequest<unknown, StoreListPractitionersType>, res: MedusaResponse) {
  const filters = req.validatedQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { practitioners, count } = await queryDirectory(knex, filters)
  res.json({
    practitioners: practitioners.map(toPublicPractitioner),
    count,
    offset: filters.offset,
    limit: filters.limit,
  })
}
