import { ExecArgs, IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import PractitionerModuleService from "../../modules/practitioner/service"
import { applyAsPractitionerWorkflow } from "../../workflows/practitioner/workflows/apply-as-practitioner"
import { changePractitionerStatusWorkflow } from "../../workflows/practitioner/workflows/change-practitioner-status"
import { verifyPractitionerWorkflow } from "../../workflows/practitioner/workflows/verify-practitioner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSessionOfferingWorkflow } from "../../workflows/catalog/workflows/create-session-offering"
import { setProductPractitionerWorkflow } from "../../workflows/catalog/workflows/set-product-practitioner"
import { AVAILABILITY_MODULE } from "../../modules/availability"
import AvailabilityModuleService from "../../modules/availability/service"
import { setWeeklyScheduleWorkflow } from "../../workflows/availability/workflows/set-weekly-schedule"
import { CITIES, DEMO_PRACTITIONER_PASSWORD, DEMO_WEEKLY_HOURS, offeringsFor, PRACTITIONERS, PRODUCTS_SOLD_BY } from "./data/practitioners"

type Container = ExecArgs["container"]

/**
 * Demo practitioners through the same path a real one takes: a login, an
 * application, then staff approval. Existing ones (by email) are left alone,
 * except that an interrupted seed's applicants are approved on the next run.
 */
export async function seedPractitioners(container: Container, staffUserId: string) {
  const auth = container.resolve(Modules.AUTH)
  const practitioners = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)

  for (const seed of PRACTITIONERS) {
    let [practitioner] = await practitioners.listPractitioners({ email: seed.email })
    if (!practitioner) {
      const authIdentityId = await loginFor(auth, seed.email)
      const { city, status, verified, ...profile } = seed
      const { result } = await applyAsPractitionerWorkflow(container).run({
        input: { ...profile, ...CITIES[city], city, auth_identity_id: authIdentityId },
      })
      practitioner = result
    }
    if (seed.status === "approved" && practitioner.status === "pending") {
      await changePractitionerStatusWorkflow(container).run({
        input: { id: practitioner.id, action: "approve", actor_id: staffUserId },
      })
    }
    if (seed.verified && !practitioner.verified) {
      await verifyPractitionerWorkflow(container).run({
        input: { id: practitioner.id, actor_id: staffUserId },
      })
    }
    if (seed.status !== "approved") continue
    const owned = await productsOf(container, practitioner.id)
    for (const offering of offeringsFor(seed)) {
      if (owned.some((product) => product.title === offering.title)) continue
      await createSessionOfferingWorkflow(container).run({
        input: { practitioner_id: practitioner.id, offering },
      })
    }
    await assignCatalogProducts(container, practitioner.id, PRODUCTS_SOLD_BY[seed.email] ?? [], owned)
    const availability = container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
    if (!(await availability.listWeeklyRules({ practitioner_id: practitioner.id }, { take: 1 })).length) {
      await setWeeklyScheduleWorkflow(container).run({ input: { practitioner_id: practitioner.id, rules: DEMO_WEEKLY_HOURS } })
    }
  }
}

/** Catalog products (crystals, tools) the practitioner sells, by handle. */
async function assignCatalogProducts(container: Container, practitionerId: string, handles: string[], owned: Array<{ handle: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const missing = handles.filter((handle) => !owned.some((product) => product.handle === handle))
  if (!missing.length) return
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: missing } })
  for (const product of products) {
    await setProductPractitionerWorkflow(container).run({
      input: { product_id: product.id, practitioner_id: practitionerId },
    })
  }
}

async function productsOf(container: Container, practitionerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner",
    fields: ["products.title", "products.handle"],
    filters: { id: practitionerId },
  })
  return ((data[0]?.products ?? []) as Array<{ title: string; handle: string } | null>).filter(
    (product): product is { title: string; handle: string } => !!product
  )
}

async function loginFor(auth: IAuthModuleService, email: string): Promise<string> {
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (identity?.auth_identity_id) return identity.auth_identity_id
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: DEMO_PRACTITIONER_PASSWORD },
  })
  if (error || !authIdentity) throw new Error(`Could not create the login for ${email}: ${error}`)
  return authIdentity.id
}
