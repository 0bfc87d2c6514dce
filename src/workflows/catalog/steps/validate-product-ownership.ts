import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const validateProductOwnershipStepId = "validate-product-ownership"

/**
 * The product must be the practitioner's own. Someone else's product answers
 * NOT_FOUND, so a practitioner cannot even learn that it exists. Writes nothing.
 */
export const validateProductOwnershipStep = createStep(
  validateProductOwnershipStepId,
  async (input: { practitioner_id: string; product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "practitioner_product",
      fields: ["practitioner_id"],
      filters: { product_id: input.product_id },
    })
    if (data[0]?.practitioner_id !== input.practitioner_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no product with id ${input.product_id}.`)
    }
  }
)
