import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINK_OF_CATEGORY, SupportCategory, SupportRequester } from "../../../modules/support/values"
import { supportService } from "../utils/support-access"
import { assertLinkOwned } from "../utils/link-ownership"
import { assertAttachable, attachToMessage } from "../utils/support-attachments"

export type OpenSupportRequestInput = {
  requester: { type: SupportRequester; id: string }
  subject: string
  category: SupportCategory
  link_id?: string
  body: string
  attachment_ids: string[]
  now: Date
}

/**
 * Opens a request with its first message: a link must name the requester's
 * own record of the kind the category names (an order for "order", a
 * booking for "session" …); categories without a record take none.
 */
export const openSupportRequestStep = createStep(
  "open-support-request",
  async (input: OpenSupportRequestInput, { container }) => {
    const now = new Date(input.now)
    const linkType = LINK_OF_CATEGORY[input.category] ?? null
    if (input.link_id && !linkType) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `link_id: a request about "${input.category}" names no record; leave it out.`)
    }
    if (linkType && input.link_id) await assertLinkOwned(container, input.requester, linkType, input.link_id)
    const author = { type: input.requester.type, id: input.requester.id }
    await assertAttachable(container, input.attachment_ids, author)
    const service = supportService(container)
    const request = await service.createSupportRequests({
      requester_type: input.requester.type,
      requester_id: input.requester.id,
      subject: input.subject,
      category: input.category,
      link_type: input.link_id ? linkType : null,
      link_id: input.link_id ?? null,
      status: "open",
      last_message_at: now,
      waiting_since: now,
    })
    const message = await service.createSupportMessages({
      request_id: request.id,
      author_type: author.type,
      author_id: author.id,
      body: input.body,
      internal: false,
    })
    try {
      await attachToMessage(container, input.attachment_ids, author, message.id)
    } catch (error) {
      await service.deleteSupportMessages(message.id)
      await service.deleteSupportRequests(request.id)
      throw error
    }
    return new StepResponse({ request, message }, { request_id: request.id, message_id: message.id })
  },
  async (created, { container }) => {
    if (!created) return
    const service = supportService(container)
    await service.updateSupportAttachments({ selector: { message_id: created.message_id }, data: { message_id: null } })
    await service.deleteSupportMessages(created.message_id)
    await service.deleteSupportRequests(created.request_id)
  }
)
