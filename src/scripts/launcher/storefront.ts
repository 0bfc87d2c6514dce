import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fingerprint } from "./fingerprint"
import { LaunchError } from "./launch-error"
import { ProjectPaths } from "./paths"
import { runCommand } from "./run-command"
import { RunningService, startService } from "./service-process"

/** What the compiled storefront in storefront/.next is built from. */
const STOREFRONT_INPUTS = [
  "src",
  "public",
  "next.config.mjs",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
]

/** Build-time settings compiled into the storefront's browser code. */
const BUILD_ENV = ["NEXT_PUBLIC_STRIPE_KEY"]

export function storefrontFingerprint(paths: ProjectPaths, env: NodeJS.ProcessEnv) {
  const settings = BUILD_ENV.map((key) => `${key}=${env[key] ?? ""}`).join("\n")
  const files = fingerprint(paths.storefrontDir, STOREFRONT_INPUTS)
  return crypto.createHash("sha256").update(`${files}\n${settings}`).digest("hex").slice(0, 16)
}

/** The storefront runs unless it is switched off or not part of this copy (a plugin install, an image). */
export function storefrontWanted(paths: ProjectPaths, env: NodeJS.ProcessEnv) {
  return env.DISABLE_STOREFRONT !== "true" && fs.existsSync(path.join(paths.storefrontDir, "package.json"))
}

export function isStorefrontBuildStale(paths: ProjectPaths, env: NodeJS.ProcessEnv) {
  try {
    return fs.readFileSync(paths.storefrontStamp, "utf8").trim() !== storefrontFingerprint(paths, env)
  } catch {
    return true
  }
}

/** `next build`, then a stamp so an unchanged storefront is not built again. */
export async function buildStorefront(paths: ProjectPaths, env: NodeJS.ProcessEnv) {
  if (!fs.existsSync(paths.nextBin)) {
    throw new LaunchError(
      "the storefront's packages are not installed",
      "run npm install at the project root (it installs the storefront too), then npm start again"
    )
  }
  await runCommand(paths.nextBin, ["build"], {
    cwd: paths.storefrontDir,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    what: "next build (the storefront)",
    fix: "fix the error above (cd storefront && npx next build shows the whole output), then npm start again",
  })
  fs.writeFileSync(paths.storefrontStamp, storefrontFingerprint(paths, env))
}

/** `next start` on the storefront port, talking to the backend with the seeded publishable key. */
export function startStorefront(
  paths: ProjectPaths,
  options: { port: number; backendUrl: string; publishableKey: string; env: NodeJS.ProcessEnv }
): RunningService {
  return startService({
    name: "The storefront",
    command: paths.nextBin,
    args: ["start", "-p", String(options.port)],
    cwd: paths.storefrontDir,
    env: {
      ...options.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(options.port),
      MEDUSA_BACKEND_URL: options.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
    },
  })
}
