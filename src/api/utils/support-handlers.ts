import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { SupportAuthor, SupportRequester } from "../../modules/support/values"
import { accessToRequest, supportService, SupportViewer } from "../../workflows/support/utils/support-access"
import { presentRequestForRequester, presentThread } from "../../workflows/support/utils/support-views"
import { openSupportRequestWorkflow } from "../../workflows/support/workflows/open-support-request"
import { postSupportMessageWorkflow } from "../../workflows/support/workflows/post-support-message"
import { closeSupportRequestWorkflow } from "../../workflows/support/workflows/change-support-request"
import { uploadSupportAttachmentWorkflow } from "../../workflows/support/workflows/upload-support-attachment"
import type { WithAttachment } from "./receive-attachment"
import { attachmentDisposition } from "../../lib/support/attachment-check"
import type {
  ListOwnSupportRequestsType,
  OpenSupportRequestType,
  PostSupportMessageType,
  StaffPostSupportMessageType,
} from "./support-validators"

/**
 * The support routes shoppers (/store) and practitioners (/vendor) share,
 * each for the signed-in actor only; staff's own routes reuse the thread,
 * reply and attachment handlers with the staff viewer.
 */
type Req<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & { params: Record<string, string> }

const viewerOf = (type: SupportAuthor, req: { auth_context: { actor_id: string } }): SupportViewer => ({
  type,
  id: req.auth_context.actor_id,
})

/** GET — the actor's requests (a practitioner's also those staff added them to), newest activity first. */
export const listOwnRequests = (type: SupportRequester) => async (req: Req<unknown, ListOwnSupportRequestsType>, res: MedusaResponse) => {
  const { limit, offset, status } = req.validatedQuery
  const me = req.auth_context.actor_id
  const service = supportService(req.scope)
  const added = type === "practitioner" ? (await service.listSupportParticipants({ practitioner_id: me })).map((p) => p.request_id) : []
  const mine = { requester_type: type, requester_id: me }
  const [requests, count] = await service.listAndCountSupportRequests(
    { ...(added.length ? { $or: [mine, { id: added }] } : mine), ...(status ? { status } : {}) },
    { take: limit, skip: offset, order: { last_message_at: "DESC", id: "DESC" } }
  )
  res.json({ support_requests: requests.map(presentRequestForRequester), count, limit, offset })
}

/** POST — opens a request with its first message. */
export const openRequest = (type: SupportRequester) => async (req: Req<OpenSupportRequestType>, res: MedusaResponse) => {
  const { result } = await openSupportRequestWorkflow(req.scope).run({
    input: { ...req.validatedBody, requester: { type, id: req.auth_context.actor_id }, now: new Date() },
  })
  const thread = await presentThread(req.scope, result, "requester")
  res.status(201).json({ support_request: { ...presentRequestForRequester(result), ...thread, requester: undefined } })
}

/** GET :id — the request and its thread, as this viewer may see it. */
export const showRequest = (type: SupportAuthor) => async (req: Req, res: MedusaResponse) => {
  const { request, role } = await accessToRequest(req.scope, req.params.id, viewerOf(type, req))
  const thread = await presentThread(req.scope, request, role)
  res.json({ support_request: { ...presentRequestForRequester(request), ...thread, requester: undefined, your_role: role } })
}

/** POST :id/messages — a reply (staff: or an internal note). */
export const postMessage =
  (type: SupportAuthor) => async (req: Req<PostSupportMessageType & Partial<StaffPostSupportMessageType>>, res: MedusaResponse) => {
    const { body, attachment_ids, internal } = req.validatedBody
    const { result } = await postSupportMessageWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        viewer: viewerOf(type, req),
        body,
        attachment_ids,
        internal: type === "staff" && !!internal,
        now: new Date(),
      },
    })
    const thread = await presentThread(req.scope, result.request, result.role)
    res.status(201).json({ support_request: { ...presentRequestForRequester(result.request), ...thread, requester: undefined } })
  }

/** POST :id/close — the requester closes their request. */
export const closeRequest = (type: SupportRequester) => async (req: Req, res: MedusaResponse) => {
  const { result } = await closeSupportRequestWorkflow(req.scope).run({
    input: { id: req.params.id, viewer: viewerOf(type, req), now: new Date() },
  })
  res.json({ support_request: presentRequestForRequester(result) })
}

/** POST (multipart "file") — uploads an attachment to send with the next message. */
export const uploadAttachment = (type: SupportAuthor) => async (req: WithAttachment<Req>, res: MedusaResponse) => {
  const file = req.attachment!
  const { result } = await uploadSupportAttachmentWorkflow(req.scope).run({
    input: {
      uploader: viewerOf(type, req),
      file: { filename: file.filename, mimeType: file.type, content: file.bytes.toString("base64"), size: file.bytes.length },
    },
  })
  res.status(201).json({ attachment: { id: result.id, filename: result.filename, mime_type: result.mime_type, size: result.size } })
}

/** GET :id/attachments/:attachment_id — a file sent in a message this viewer may read, as a download. */
export const downloadAttachment = (type: SupportAuthor) => async (req: Req, res: MedusaResponse) => {
  const { request, role } = await accessToRequest(req.scope, req.params.id, viewerOf(type, req))
  const service = supportService(req.scope)
  const [attachment] = await service.listSupportAttachments({ id: req.params.attachment_id })
  const [message] = attachment?.message_id ? await service.listSupportMessages({ id: attachment.message_id, request_id: request.id }) : []
  if (!attachment || !message || (message.internal && role !== "staff")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No attachment ${req.params.attachment_id} in this request.`)
  }
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(attachment.file_id)
  res.setHeader("Content-Type", attachment.mime_type)
  res.setHeader("Content-Disposition", attachmentDisposition(attachment.filename))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(bytes)
}
