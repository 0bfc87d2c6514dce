import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPaymentCollectionForCartWorkflow, removeShippingMethodFromCartStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export const dropUnneededShippingWorkflowId = "drop-unneeded-shipping"

type CartShipping = {
  items?: Array<{ requires_shipping?: boolean | null } | null> | null
  shipping_methods?: Array<{ id: string } | null> | null
}

/** The shipping methods a cart should not pay for: all of them once nothing in it is shipped. */
export function unneededShippingMethods(cart: CartShipping | undefined): string[] {
  if (!cart || (cart.items ?? []).some((item) => item?.requires_shipping)) return []
  return (cart.shipping_methods ?? []).flatMap((method) => (method ? [method.id] : []))
}

/**
 * When the last shipped item leaves a cart (only sessions remain), its
 * delivery goes too, so a sessions-only order carries no delivery charge.
 * Medusa keeps a cart's single shipping method when items are removed.
 */
export const dropUnneededShippingWorkflow = createWorkflow(dropUnneededShippingWorkflowId, (input: { cart_id: string }) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "items.requires_shipping", "shipping_methods.id"],
    filters: { id: input.cart_id },
  })
  const unneeded = transform({ carts }, ({ carts }) => unneededShippingMethods(carts[0] as CartShipping | undefined))
  when({ unneeded }, ({ unneeded }) => unneeded.length > 0).then(() => {
    removeShippingMethodFromCartStep({ shipping_method_ids: unneeded })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  return new WorkflowResponse(unneeded)
})
