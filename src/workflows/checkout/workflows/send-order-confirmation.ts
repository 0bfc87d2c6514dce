import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { orderConfirmation } from "../../../lib/notifications/order-confirmation"

export const sendOrderConfirmationWorkflowId = "send-order-confirmation"

/**
 * Emails the shopper their order confirmation through Medusa's notification
 * module. The idempotency key makes a repeated order.placed send nothing new.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(sendOrderConfirmationWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "display_id", "email", "currency_code", "total", "items.title", "items.variant_title", "items.quantity", "items.total"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const notification = transform({ orders }, ({ orders }): CreateNotificationDTO | undefined => orderConfirmation(orders[0]))
  when({ notification }, ({ notification }) => !!notification).then(() => {
    sendNotificationsStep(transform({ notification }, ({ notification }) => [notification!]))
  })
  return new WorkflowResponse(notification)
})
