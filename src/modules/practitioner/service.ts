import { MedusaService } from "@medusajs/framework/utils"
import { Practitioner } from "./models/practitioner"

/**
 * CRUD for practitioners. The public directory reads across modules (prices),
 * so its query lives in src/queries/practitioner-directory.ts.
 */
class PractitionerModuleService extends MedusaService({ Practitioner }) {}

export default PractitionerModuleService
