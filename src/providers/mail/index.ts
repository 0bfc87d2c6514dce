import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MailNotificationProviderService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailNotificationProviderService],
})
