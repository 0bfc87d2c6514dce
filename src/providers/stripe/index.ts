import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { AvenraeStripeProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [AvenraeStripeProviderService],
})
