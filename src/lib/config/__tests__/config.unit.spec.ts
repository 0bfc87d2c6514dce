import { infrastructureModules } from "../infrastructure-modules"
import { paymentProviders, regionPaymentProviderIds } from "../payment-providers"

const REDIS = "redis://cache.internal:6379"

describe("infrastructureModules", () => {
  it.each([undefined, ""])("is empty without a Redis URL (%p)", (url) => {
    expect(infrastructureModules(url)).toEqual([])
  })

  it("wires event bus, workflow engine, cache and locking to Redis", () => {
    expect(infrastructureModules(REDIS)).toEqual([
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: REDIS } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: REDIS } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: REDIS } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: REDIS },
            },
          ],
        },
      },
    ])
  })
})

describe("infrastructureModules with a stalled-job time", () => {
  it("gives the event bus's workers that lock time and check interval", () => {
    expect(infrastructureModules(REDIS, { stalledJobSeconds: 5 })[0]).toEqual({
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl: REDIS, workerOptions: { lockDuration: 5000, stalledInterval: 5000 } },
    })
  })
})

describe("paymentProviders", () => {
  it.each([{}, { STRIPE_API_KEY: "" }, { STRIPE_WEBHOOK_SECRET: "whsec_x" }])("is empty without STRIPE_API_KEY (%p)", (env) => {
    expect(paymentProviders(env)).toEqual([])
  })

  it("registers the local Stripe provider with key, webhook secret and API base", () => {
    expect(
      paymentProviders({
        STRIPE_API_KEY: "sk_test_1",
        STRIPE_WEBHOOK_SECRET: "whsec_1",
        STRIPE_API_BASE: "http://localhost:12111",
      })
    ).toEqual([
      {
        resolve: "./src/providers/stripe",
        id: "stripe",
        options: { apiKey: "sk_test_1", webhookSecret: "whsec_1", apiBase: "http://localhost:12111" },
      },
    ])
  })
})

describe("regionPaymentProviderIds", () => {
  it.each([
    [{}, ["pp_system_default"]],
    [{ STRIPE_API_KEY: "sk_test_1" }, ["pp_system_default", "pp_stripe_stripe"]],
  ])("for %p offers %p", (env, ids) => {
    expect(regionPaymentProviderIds(env)).toEqual(ids)
  })
})
