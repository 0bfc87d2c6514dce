import { MedusaService } from "@medusajs/framework/utils"
import { Practitioner } from "./models/practitioner"

/** Practitioners' own data; discovery queries join here in later work. */
class PractitionerModuleService extends MedusaService({ Practitioner }) {}

export default PractitionerModuleService
