import type { AxiosInstance } from "axios"
import { DemoStore } from "./demo-store"

export type Shopper = ReturnType<typeof shopperFor>

export const DURBAN_ADDRESS = {
  first_name: "Thandi",
  last_name: "Mokoena",
  address_1: "45 Musgrave Road",
  city: "Durban",
  postal_code: "4001",
  province: "KwaZulu-Natal",
  country_code: "za",
  phone: "+27 31 555 0101",
}

/**
 * The store API as a shopper's browser calls it: every request carries the
 * publishable key; non-2xx answers are returned, not thrown, so tests can
 * assert on them.
 */
export function shopperFor(api: AxiosInstance, store: DemoStore) {
  const config = {
    headers: { "x-publishable-api-key": store.publishableKey },
    validateStatus: () => true,
  }
  return {
    get: (url: string) => api.get(url, config),
    post: (url: string, body: unknown = {}) => api.post(url, body, config),
    delete: (url: string) => api.delete(url, config),

    async variantBySku(sku: string) {
      const { data } = await api.get(
        `/store/products?limit=100&fields=id,title,*variants,+variants.inventory_quantity&region_id=${store.regions["South Africa"].id}`,
        config
      )
      for (const product of data.products) {
        const variant = product.variants.find((v: { sku: string }) => v.sku === sku)
        if (variant) return { ...variant, product_title: product.title }
      }
      throw new Error(`No variant with SKU ${sku} in the store`)
    },

    /** Address, cheapest shipping, a payment session with `providerId`. */
    async prepareCheckout(cartId: string, providerId: string, email = "thandi@example.com") {
      const updated = await api.post(
        `/store/carts/${cartId}`,
        { email, shipping_address: DURBAN_ADDRESS, billing_address: DURBAN_ADDRESS },
        config
      )
      expect(updated.status).toBe(200)
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, config)
      expect(options.status).toBe(200)
      const standard = options.data.shipping_options.find((o: { name: string }) => o.name === "Standard delivery")
      const shipped = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, config)
      expect(shipped.status).toBe(200)
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, config)
      expect(collection.status).toBe(200)
      const session = await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        config
      )
      expect(session.status).toBe(200)
      return session.data.payment_collection
    },
  }
}
