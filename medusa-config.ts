import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { infrastructureModules } from "./src/lib/config/infrastructure-modules"
import { paymentProviders } from "./src/lib/config/payment-providers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as
  | "shared"
  | "worker"
  | "server"

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL || undefined,
    workerMode,
    // Medusa marks the admin session cookie Secure in production; over plain
    // http (npm start on localhost) the browser would never get it back.
    cookieOptions: backendUrl.startsWith("https://")
      ? {}
      : { secure: false, sameSite: "lax" },
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable:
      workerMode === "worker" || process.env.DISABLE_MEDUSA_ADMIN === "true",
    // Empty means "same origin": the built admin works on whatever host serves it.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "",
  },
  modules: [
    ...infrastructureModules(process.env.REDIS_URL, {
      stalledJobSeconds: Number(process.env.EVENT_BUS_STALLED_SECONDS) || undefined,
    }),
    { resolve: "./src/modules/practitioner" },
    { resolve: "./src/modules/availability" },
    { resolve: "./src/modules/booking" },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders(process.env) },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
  ],
})
