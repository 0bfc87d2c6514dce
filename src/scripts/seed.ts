import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { seedAdminUser } from "./seed/seed-admin-user"
import { seedCatalog } from "./seed/seed-catalog"
import { seedEarnings } from "./seed/seed-earnings"
import { seedEvents, WITHOUT_SALES } from "./seed/seed-events"
import { seedPractitioners } from "./seed/seed-practitioners"
import { seedReviews } from "./seed/seed-reviews"
import { SEED_METADATA_KEY, SEED_VERSION } from "./seed/seed-marker"
import { seedRegions } from "./seed/seed-regions"
import { seedShipping } from "./seed/seed-shipping"
import { seedStore } from "./seed/seed-store"

/**
 * The demo store, seeded through Medusa's workflows. Every step finds what
 * exists before creating, so a second run adds nothing and an interrupted run
 * is completed by the next one; the store's metadata records the finished
 * version last. With `--without-sales` the events are put on but their demo
 * orders — and the sessions and crystal behind the demo's earnings and
 * reviews — are not
 * placed (the test suites' own databases: each order is a whole checkout).
 */
export default async function seedDemoData({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { store, salesChannel } = await seedStore(container)
  const regions = await seedRegions(container)
  const { location, profile } = await seedShipping(container, { regions, salesChannel })
  await seedCatalog(container, { salesChannel, location, shippingProfileId: profile.id })
  const staff = await seedAdminUser(container)
  await seedPractitioners(container, staff.id)
  const southAfrica = regions.find((region) => region.currency_code === "zar") ?? regions[0]
  const withSales = !(args ?? []).includes(WITHOUT_SALES)
  await seedEvents(container, { regionId: southAfrica.id, salesChannelId: salesChannel.id, withSales })
  if (withSales) await seedEarnings(container, { regionId: southAfrica.id, salesChannelId: salesChannel.id })
  if (withSales) await seedReviews(container)

  const storeService = container.resolve(Modules.STORE)
  const current = await storeService.retrieveStore(store.id)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...current.metadata, [SEED_METADATA_KEY]: SEED_VERSION } },
    },
  })
  logger.info(`Avenrae demo data seeded (version ${SEED_VERSION})`)
}
