import { LaunchError } from "./launch-error"

export type DatabaseTarget = {
  url: string
  host: string
  port: number
  database: string
  /** The same server, database `postgres`: used to create the target database. */
  maintenanceUrl: string
}

/** Parses and checks DATABASE_URL; a malformed one is a LaunchError. */
export function parseDatabaseUrl(raw: string): DatabaseTarget {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new LaunchError(
      `DATABASE_URL is not a valid URL (${redact(raw)})`,
      "use the form postgres://user:password@host:5432/database, or unset it to use the embedded Postgres"
    )
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new LaunchError(
      `DATABASE_URL must start with postgres:// (got ${url.protocol}//)`,
      "use the form postgres://user:password@host:5432/database"
    )
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!url.hostname || !database) {
    throw new LaunchError(
      `DATABASE_URL needs a host and a database name (${redact(raw)})`,
      "use the form postgres://user:password@host:5432/database"
    )
  }
  const maintenance = new URL(url.toString())
  maintenance.pathname = "/postgres"
  return {
    url: url.toString(),
    host: url.hostname,
    port: Number(url.port || 5432),
    database,
    maintenanceUrl: maintenance.toString(),
  }
}

/** The URL with its password hidden, for messages. */
export function redact(raw: string) {
  return raw.replace(/\/\/([^:/@]+):.*@/, "//$1:***@")
}
