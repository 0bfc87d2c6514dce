import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateProductOwnershipStep } from "../steps/validate-product-ownership"

export type UpdateOwnProductInput = {
  practitioner_id: string
  product_id: string
  update: { title?: string; description?: string; status?: "published" | "draft" }
}

export const updateOwnProductWorkflowId = "update-own-product"

/** A practitioner edits one of their own products, never another's. */
export const updateOwnProductWorkflow = createWorkflow(updateOwnProductWorkflowId, (input: UpdateOwnProductInput) => {
  validateProductOwnershipStep({ practitioner_id: input.practitioner_id, product_id: input.product_id })
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: input.update,
    })),
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
