import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileProviders } from "./src/lib/config/file-providers"
import { infrastructureModules } from "./src/lib/config/infrastructure-modules"
import { notificationProviders } from "./src/lib/config/notification-providers"
import { paymentProviders } from "./src/lib/config/payment-providers"
import { productionSecretsRefusal, signingSecret } from "./src/lib/config/secrets"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// A production server never signs tokens with a missing, short or guessable secret.
const secretsRefusal = productionSecretsRefusal(process.env)
if (secretsRefusal) {
  console.error(`[avenrae] ${secretsRefusal}`)
  process.exit(1)
}

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
      jwtSecret: signingSecret("JWT_SECRET", process.env),
      cookieSecret: signingSecret("COOKIE_SECRET", process.env),
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
    { resolve: "./src/modules/webhook-receipt" },
    { resolve: "./src/modules/event" },
    { resolve: "./src/modules/payout" },
    { resolve: "./src/modules/review" },
    { resolve: "./src/modules/favourite" },
    { resolve: "./src/modules/audit" },
    { resolve: "./src/modules/support" },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders(process.env) },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: { providers: fileProviders(process.env, backendUrl) },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: notificationProviders(process.env, process.cwd()),
      },
    },
  ],
})
