import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CURRENCIES, SALES_CHANNEL_NAME } from "./data/store-setup"
import { STOREFRONT_KEY_TITLE } from "./seed-marker"

type Container = ExecArgs["container"]

/** Store currencies (ZAR default), the web sales channel and its publishable key. */
export async function seedStore(container: Container) {
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyService = container.resolve(Modules.API_KEY)

  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "The Avenrae storefront" }],
      },
    })
    salesChannel = result[0]
  }

  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Avenrae",
        supported_currencies: CURRENCIES,
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  let [apiKey] = await apiKeyService.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
  })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }],
      },
    })
    apiKey = result[0]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some((c) => c?.id === salesChannel.id)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }
  return { store, salesChannel, apiKey }
}
