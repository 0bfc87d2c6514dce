import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateProductOwnershipStep } from "../steps/validate-product-ownership"

export const deleteOwnProductWorkflowId = "delete-own-product"

/** A practitioner deletes one of their own products, never another's. */
export const deleteOwnProductWorkflow = createWorkflow(
  deleteOwnProductWorkflowId,
  (input: { practitioner_id: string; product_id: string }) => {
    validateProductOwnershipStep(input)
    deleteProductsWorkflow.runAsStep({ input: { ids: [input.product_id] } })
    return new WorkflowResponse({ id: input.product_id, deleted: true })
  }
)
