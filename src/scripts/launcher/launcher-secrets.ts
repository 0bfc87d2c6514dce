import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { productionSecretsRefusal, SECRET_NAMES, SecretName } from "../../lib/config/secrets"
import { LaunchError } from "./launch-error"

export type LauncherSecrets = Partial<Record<SecretName, string>>

/**
 * The signing secrets `npm start` gives Medusa. Outside production a secret the
 * environment does not set is generated once (32 random bytes) and kept in the
 * data folder (mode 600), so restarts keep everyone's sessions. In production
 * nothing is generated: every server must share the operator's secrets, so the
 * launcher stops with one line when they are missing or weak.
 */
export function launcherSecrets(file: string, env: NodeJS.ProcessEnv): LauncherSecrets {
  if (env.NODE_ENV === "production") {
    const refusal = productionSecretsRefusal(env)
    if (refusal) throw new LaunchError(refusal, "see .env.template")
    return {}
  }
  const stored = readStored(file)
  const secrets: LauncherSecrets = {}
  let generated = false
  for (const name of SECRET_NAMES) {
    if (env[name]) continue
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("hex")
      generated = true
    }
    secrets[name] = stored[name]
  }
  if (generated) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return secrets
}

function readStored(file: string): LauncherSecrets {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"))
    return Object.fromEntries(SECRET_NAMES.filter((name) => typeof parsed?.[name] === "string").map((name) => [name, parsed[name]]))
  } catch {
    return {}
  }
}
