import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toPublicPractitioner } from "../../../lib/practitioners/public-profile"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"
import { StoreListPractitionersType } from "./validators"

/** GET /store/practitioners — the directory of approved practitioners. */
export async function GET(req: MedusaRequest<unknown, StoreListPractitionersType>, res: MedusaResponse) {
  const filters = req.validatedQuery
  const { practitioners, count } = await req.scope
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .discoverPractitioners(filters)
  res.json({
    practitioners: practitioners.map(toPublicPractitioner),
    count,
    offset: filters.offset,
    limit: filters.limit,
  })
}
