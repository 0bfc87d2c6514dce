import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setProductPractitionerStep } from "../steps/set-product-practitioner"

export const setProductPractitionerWorkflowId = "set-product-practitioner"

/**
 * Staff (or the seed) decide which practitioner sells a product, e.g. a
 * crystal a healer sells. Emits `practitioner.product_assigned`.
 */
export const setProductPractitionerWorkflow = createWorkflow(
  setProductPractitionerWorkflowId,
  (input: { product_id: string; practitioner_id: string | null }) => {
    const result = setProductPractitionerStep(input)
    emitEventStep({ eventName: "practitioner.product_assigned", data: input })
    return new WorkflowResponse(result)
  }
)
