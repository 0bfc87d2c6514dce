import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { WITHOUT_SALES } from "../../src/scripts/seed/seed-events"
import { demoAdminLogin, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/seed-marker"

export type DemoStore = {
  publishableKey: string
  regions: Record<string, { id: string; currency_code: string }>
}

/**
 * Seeds the real demo data through its workflows and returns what tests need;
 * the events without their demo orders (a checkout each), which only the
 * seed's own test and the running demo need.
 */
export async function seedDemoStore(container: MedusaContainer): Promise<DemoStore> {
  await seedDemoData({ container, args: [WITHOUT_SALES] })
  return readDemoStore(container)
}

export async function readDemoStore(container: MedusaContainer): Promise<DemoStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: STOREFRONT_KEY_TITLE, type: "publishable" },
  })
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name", "currency_code"],
  })
  return {
    publishableKey: keys[0].token,
    regions: Object.fromEntries(regions.map((r) => [r.name, r])),
  }
}

/** Bearer headers for the seeded staff user. */
export async function adminHeaders(api: { post: (url: string, body: object) => Promise<{ data: { token: string } }> }) {
  const { email, password } = demoAdminLogin()
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
