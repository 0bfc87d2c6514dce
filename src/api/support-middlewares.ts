import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody, NoQuery } from "./utils/no-query"
import { receiveAttachment } from "./utils/receive-attachment"
import {
  AddSupportParticipant,
  AdminListSupportRequests,
  CreateCannedReply,
  ListOwnSupportRequests,
  OpenSupportRequest,
  PostSupportMessage,
  StaffPostSupportMessage,
  UpdateSupportRequest,
} from "./utils/support-validators"
import { customer } from "./review-middlewares"

const practitioner = authenticate("practitioner", ["bearer", "session"])

/** The routes a requester has on each side: /store for shoppers, /vendor for practitioners. */
const requesterRoutes = (base: "/store" | "/vendor", auth: MiddlewareRoute["middlewares"]): MiddlewareRoute[] => [
  { matcher: `${base}/support-requests*`, middlewares: auth },
  { matcher: `${base}/support-attachments`, method: ["POST"], bodyParser: false, middlewares: [...auth!, receiveAttachment] },
  { matcher: `${base}/support-requests`, method: ["GET"], middlewares: [validateAndTransformQuery(ListOwnSupportRequests, {})] },
  { matcher: `${base}/support-requests`, method: ["POST"], middlewares: [validateAndTransformBody(OpenSupportRequest)] },
  { matcher: `${base}/support-requests/:id`, method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: `${base}/support-requests/:id/messages`, method: ["POST"], middlewares: [validateAndTransformBody(PostSupportMessage)] },
  { matcher: `${base}/support-requests/:id/close`, method: ["POST"], middlewares: [validateAndTransformBody(EmptyBody)] },
  {
    matcher: `${base}/support-requests/:id/attachments/:attachment_id`,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoQuery, {})],
  },
]

/**
 * Support: shoppers and practitioners open requests, read their threads,
 * reply and close; practitioners also answer requests staff added them to;
 * staff work the inbox (answers, internal notes, assignment, status,
 * canned replies). Each side sees only what is theirs, enforced in the
 * workflows' access check.
 */
export const supportRoutes: MiddlewareRoute[] = [
  ...requesterRoutes("/store", [customer]),
  // Any practitioner login, approved or not: an applicant or a suspended practitioner may need help most.
  ...requesterRoutes("/vendor", [practitioner]),
  { matcher: "/admin/support-attachments", method: ["POST"], bodyParser: false, middlewares: [receiveAttachment] },
  { matcher: "/admin/support-requests", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListSupportRequests, {})] },
  { matcher: "/admin/support-requests/:id", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/support-requests/:id", method: ["POST"], middlewares: [validateAndTransformBody(UpdateSupportRequest)] },
  { matcher: "/admin/support-requests/:id/messages", method: ["POST"], middlewares: [validateAndTransformBody(StaffPostSupportMessage)] },
  { matcher: "/admin/support-requests/:id/participants", method: ["POST"], middlewares: [validateAndTransformBody(AddSupportParticipant)] },
  {
    matcher: "/admin/support-requests/:id/attachments/:attachment_id",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoQuery, {})],
  },
  { matcher: "/admin/support-canned-replies", method: ["GET"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/admin/support-canned-replies", method: ["POST"], middlewares: [validateAndTransformBody(CreateCannedReply)] },
  { matcher: "/admin/support-canned-replies/:id", method: ["DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
]
