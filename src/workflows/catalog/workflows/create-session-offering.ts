import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { handleFromName } from "../../../lib/practitioners/handle"
import { SessionOfferingInput, sessionProductInput } from "../../../lib/practitioners/session-offering"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"

export const createSessionOfferingWorkflowId = "create-session-offering"

/**
 * A practitioner offers a session: a product in the Sessions category with a
 * variant per duration, owned by them through the practitioner–product link.
 */
export const createSessionOfferingWorkflow = createWorkflow(
  createSessionOfferingWorkflowId,
  (input: { practitioner_id: string; offering: SessionOfferingInput }) => {
    const { data: practitioners } = useQueryGraphStep({
      entity: "practitioner",
      fields: ["id", "handle"],
      filters: { id: input.practitioner_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "practitioner" })
    const { data: categories } = useQueryGraphStep({
      entity: "product_category",
      fields: ["id"],
      filters: { handle: "sessions" },
    }).config({ name: "sessions-category" })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_sales_channel_id"],
    }).config({ name: "store" })

    const products = transform({ input, practitioners, categories, stores }, (data): CreateProductWorkflowInputDTO[] => [
      sessionProductInput(data.input.offering, {
        categoryId: data.categories[0]?.id,
        salesChannelId: data.stores[0]?.default_sales_channel_id ?? undefined,
        handle: `${data.practitioners[0].handle}-${handleFromName(data.input.offering.title)}-${Date.now().toString(36)}`,
      }),
    ])
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    createRemoteLinkStep(
      transform({ input, created }, ({ input, created }) => [
        {
          [PRACTITIONER_MODULE]: { practitioner_id: input.practitioner_id },
          [Modules.PRODUCT]: { product_id: created[0].id },
        },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)
