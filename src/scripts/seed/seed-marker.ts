/**
 * Facts about the demo data shared by the seed and the launcher. Bump
 * SEED_VERSION when the seed gains data, so existing databases get it on the
 * next start (every seed step is find-or-create, so re-running only adds).
 */
export const SEED_VERSION = "8"
export const SEED_METADATA_KEY = "avenrae_seed_version"
export const STOREFRONT_KEY_TITLE = "Avenrae Storefront"

export function demoAdminLogin(env: NodeJS.ProcessEnv = process.env) {
  return {
    email: env.DEMO_ADMIN_EMAIL || "admin@avenrae.test",
    password: env.DEMO_ADMIN_PASSWORD || "avenrae-demo",
  }
}
