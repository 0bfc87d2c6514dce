import { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { SupportAttachment, SupportCannedReply, SupportMessage, SupportParticipant, SupportRequest } from "./models"

export type SupportRequestRecord = InferTypeOf<typeof SupportRequest>
export type SupportMessageRecord = InferTypeOf<typeof SupportMessage>
export type SupportAttachmentRecord = InferTypeOf<typeof SupportAttachment>

class SupportModuleService extends MedusaService({
  SupportRequest,
  SupportMessage,
  SupportAttachment,
  SupportParticipant,
  SupportCannedReply,
}) {}

export default SupportModuleService
