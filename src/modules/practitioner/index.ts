import { Module } from "@medusajs/framework/utils"
import PractitionerModuleService from "./service"

export const PRACTITIONER_MODULE = "practitioner"

export default Module(PRACTITIONER_MODULE, {
  service: PractitionerModuleService,
})
