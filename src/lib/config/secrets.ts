/**
 * The rule for the secrets that sign staff, customer and practitioner tokens
 * (JWT_SECRET) and session cookies (COOKIE_SECRET). Pure: the environment
 * comes in as an argument.
 */
export const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET"] as const
export type SecretName = (typeof SECRET_NAMES)[number]

export const MIN_SECRET_LENGTH = 32

/** What development and the tests sign with when no secret is set; never accepted in production. */
export const DEVELOPMENT_SECRET = "supersecret"

/** Values from templates, tutorials and defaults that anyone can guess (compared case-insensitively). */
const KNOWN_DEFAULTS = new Set([
  DEVELOPMENT_SECRET,
  "secret",
  "changeme",
  "change-me",
  "change_me",
  "password",
  "medusa",
  "jwt_secret",
  "cookie_secret",
  "your-secret",
  "your_secret",
  "mysecret",
  "test",
])

/** What is wrong with one secret, or undefined when it may sign in production. */
export function secretProblem(name: SecretName, value: string | undefined): string | undefined {
  if (!value) return `${name} is not set`
  if (KNOWN_DEFAULTS.has(value.trim().toLowerCase())) return `${name} is a well-known default`
  if (value.length < MIN_SECRET_LENGTH) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters`
  return undefined
}

/**
 * The one line a production server prints before refusing to start, or
 * undefined when both secrets are fine or the server is not in production.
 */
export function productionSecretsRefusal(env: Partial<Record<SecretName | "NODE_ENV", string>>): string | undefined {
  if (env.NODE_ENV !== "production") return undefined
  const problems = SECRET_NAMES.map((name) => secretProblem(name, env[name])).filter((p): p is string => Boolean(p))
  if (problems.length === 0) return undefined
  return (
    `Refusing to start in production: ${problems.join("; ")}. ` +
    `Set JWT_SECRET and COOKIE_SECRET to different random strings of at least ${MIN_SECRET_LENGTH} characters ` +
    "(e.g. `openssl rand -hex 32`) in .env or the environment."
  )
}

/** The secret to sign with: the one set, or outside production the development secret. */
export function signingSecret(name: SecretName, env: Partial<Record<SecretName, string>>): string {
  return env[name] || DEVELOPMENT_SECRET
}
