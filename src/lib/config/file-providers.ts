/**
 * Where uploaded files go. With S3_BUCKET set: Medusa's S3 provider, so every
 * server writes to and serves from one store (S3, or an S3-compatible one such
 * as MinIO through S3_ENDPOINT). Otherwise the local provider, which serves
 * files from this machine's disk at /static: right for one process only.
 * Pure: reads only the environment it is given.
 */
type ProviderEntry = { resolve: string; id: string; options: Record<string, unknown> }

const S3_REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const

export function fileProviders(env: Record<string, string | undefined>, backendUrl: string): ProviderEntry[] {
  if (!env.S3_BUCKET) {
    return [{ resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } }]
  }
  const missing = S3_REQUIRED.filter((key) => !env[key])
  if (missing.length > 0) {
    // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error -- a configuration error at startup, not an HTTP answer (src/lib takes no Medusa runtime)
    throw new Error(`S3_BUCKET is set but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not: set them (see .env.template)`)
  }
  return [
    {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        // Public base URL of the bucket: an uploaded file's URL is this plus its key.
        file_url: env.S3_FILE_URL!.replace(/\/+$/, ""),
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        // MinIO and other S3-compatible stores address buckets by path, not by host name.
        additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" },
      },
    },
  ]
}
