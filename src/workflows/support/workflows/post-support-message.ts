import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifySupportReplyStep } from "../steps/notify-support-reply"
import { postSupportMessageStep, PostSupportMessageInput } from "../steps/post-support-message"

export const postSupportMessageWorkflowId = "post-support-message"

/** A reply or an internal note in a request; a reply emails the others in it. */
export const postSupportMessageWorkflow = createWorkflow(postSupportMessageWorkflowId, (input: PostSupportMessageInput) => {
  const posted = postSupportMessageStep(input)
  notifySupportReplyStep(transform({ posted }, ({ posted }) => ({ message_id: posted.message.id })))
  return new WorkflowResponse(posted)
})
