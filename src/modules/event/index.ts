import { Module } from "@medusajs/framework/utils"
import EventModuleService from "./service"

export const EVENT_MODULE = "event"

export default Module(EVENT_MODULE, {
  service: EventModuleService,
})
