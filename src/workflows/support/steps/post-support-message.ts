import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { messageRefusal, statusAfterMessage } from "../../../lib/support/support-rules"
import { accessToRequest, supportService, SupportViewer } from "../utils/support-access"
import { assertAttachable, attachToMessage } from "../utils/support-attachments"

export type PostSupportMessageInput = {
  id: string
  viewer: SupportViewer
  body: string
  internal: boolean
  attachment_ids: string[]
  now: Date
}

/**
 * Someone who may see the request writes in it: the requester, a practitioner
 * staff added, or staff (an answer, or an internal note only staff see). The
 * request's status, its wait and its first-response time follow.
 */
export const postSupportMessageStep = createStep(
  "post-support-message",
  async (input: PostSupportMessageInput, { container }) => {
    const now = new Date(input.now)
    const { request, role } = await accessToRequest(container, input.id, input.viewer)
    const refusal = messageRefusal(request.status, role, input.internal)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    await assertAttachable(container, input.attachment_ids, input.viewer)
    const service = supportService(container)
    const message = await service.createSupportMessages({
      request_id: request.id,
      author_type: input.viewer.type,
      author_id: input.viewer.id,
      body: input.body,
      internal: input.internal,
    })
    try {
      await attachToMessage(container, input.attachment_ids, input.viewer, message.id)
    } catch (error) {
      await service.deleteSupportMessages(message.id)
      throw error
    }
    const status = statusAfterMessage(request.status, role, input.internal)
    const answered = role === "staff" && !input.internal
    const updated = input.internal
      ? request
      : await service.updateSupportRequests({
          id: request.id,
          status,
          last_message_at: now,
          waiting_since: status === "waiting_on_staff" ? (request.status === "waiting_on_staff" ? request.waiting_since : now) : null,
          first_response_at: request.first_response_at ?? (answered ? now : null),
          resolved_at: status === "waiting_on_staff" ? null : request.resolved_at,
        })
    const before = {
      status: request.status,
      last_message_at: request.last_message_at,
      waiting_since: request.waiting_since,
      first_response_at: request.first_response_at,
      resolved_at: request.resolved_at,
    }
    return new StepResponse(
      { request: updated, message, role },
      { message_id: message.id, request_id: request.id, before, internal: input.internal }
    )
  },
  async (done, { container }) => {
    if (!done) return
    const service = supportService(container)
    await service.updateSupportAttachments({ selector: { message_id: done.message_id }, data: { message_id: null } })
    await service.deleteSupportMessages(done.message_id)
    if (!done.internal) await service.updateSupportRequests({ id: done.request_id, ...done.before })
  }
)
