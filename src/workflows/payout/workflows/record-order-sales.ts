import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordOrderSalesStep } from "../steps/record-order-sales"

export const recordOrderSalesWorkflowId = "record-order-sales"

/** The ledger's side of a placed order: what each practitioner earns from it, frozen now. */
export const recordOrderSalesWorkflow = createWorkflow(recordOrderSalesWorkflowId, (input: { order_id: string; now: Date }) => {
  return new WorkflowResponse(recordOrderSalesStep(input))
})
