import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toPublicPractitioner } from "../../../../lib/practitioners/public-profile"
import { PRACTITIONER_MODULE } from "../../../../modules/practitioner"
import PractitionerModuleService from "../../../../modules/practitioner/service"

/** GET /store/practitioners/:handle — one approved practitioner's public profile. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [practitioner] = await req.scope
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners({ handle: req.params.handle, status: "approved" })
  if (!practitioner) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No practitioner with the handle "${req.params.handle}" is listed.`
    )
  }
  res.json({ practitioner: toPublicPractitioner(practitioner as never) })
}
