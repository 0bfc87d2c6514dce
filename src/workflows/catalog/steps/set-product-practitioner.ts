import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { Link } from "@medusajs/framework/modules-sdk"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"

export const setProductPractitionerStepId = "set-product-practitioner"

type Input = { product_id: string; practitioner_id: string | null }

const linkOf = (practitionerId: string, productId: string) => ({
  [PRACTITIONER_MODULE]: { practitioner_id: practitionerId },
  [Modules.PRODUCT]: { product_id: productId },
})

/**
 * Makes `practitioner_id` the product's only practitioner (null: nobody's).
 * This is the one place a product changes hands, so a product never has two
 * practitioners. Compensation gives the product back to its previous one.
 */
export const setProductPractitionerStep = createStep(
  setProductPractitionerStepId,
  async (input: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    })
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with id ${input.product_id}.`)
    }
    if (input.practitioner_id) {
      const { data: practitioners } = await query.graph({
        entity: "practitioner",
        fields: ["id"],
        filters: { id: input.practitioner_id },
      })
      if (!practitioners.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no practitioner with id ${input.practitioner_id}.`)
      }
    }
    const previous = await currentOwners(container, input.product_id)
    const link = container.resolve<Link>(ContainerRegistrationKeys.LINK)
    const leaving = previous.filter((id) => id !== input.practitioner_id)
    if (leaving.length) await link.dismiss(leaving.map((id) => linkOf(id, input.product_id)))
    if (input.practitioner_id && !previous.includes(input.practitioner_id)) {
      await link.create([linkOf(input.practitioner_id, input.product_id)])
    }
    return new StepResponse(input, { product_id: input.product_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve<Link>(ContainerRegistrationKeys.LINK)
    const now = await currentOwners(container, undo.product_id)
    const added = now.filter((id) => !undo.previous.includes(id))
    if (added.length) await link.dismiss(added.map((id) => linkOf(id, undo.product_id)))
    const removed = undo.previous.filter((id) => !now.includes(id))
    if (removed.length) await link.create(removed.map((id) => linkOf(id, undo.product_id)))
  }
)

async function currentOwners(container: { resolve: (key: string) => unknown }, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as {
    graph: (config: object) => Promise<{ data: Array<{ practitioner_id: string }> }>
  }
  const { data } = await query.graph({
    entity: "practitioner_product",
    fields: ["practitioner_id"],
    filters: { product_id: productId },
  })
  return data.map((row) => row.practitioner_id)
}
