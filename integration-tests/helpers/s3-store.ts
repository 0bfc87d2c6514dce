import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import S3rver from "s3rver"

/** s3rver's fixed credentials (any signed request must use them). */
const ACCESS_KEY = "S3RVER"

export type LocalS3 = { endpoint: string; bucket: string; env: Record<string, string>; close: () => Promise<void> }

/**
 * A local S3-compatible store (s3rver) with one bucket, on a port the system
 * picks, its files in a fresh temporary folder; `env` holds the S3_* settings
 * that point Avenrae's file module at it.
 */
export async function startLocalS3(bucket = "avenrae-test"): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-s3-"))
  const store = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await store.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: "true",
      S3_FILE_URL: `${endpoint}/${bucket}`,
    },
    close: async () => {
      await store.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
