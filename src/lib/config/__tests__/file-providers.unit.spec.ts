import { fileProviders } from "../file-providers"

const S3 = {
  S3_BUCKET: "avenrae-uploads",
  S3_REGION: "af-south-1",
  S3_ACCESS_KEY_ID: "key",
  S3_SECRET_ACCESS_KEY: "secret",
  S3_FILE_URL: "https://files.example.com/avenrae-uploads/",
}

describe("fileProviders", () => {
  it("serves files from this machine's disk without S3_BUCKET", () => {
    expect(fileProviders({}, "http://localhost:9000")).toEqual([
      { resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: "http://localhost:9000/static" } },
    ])
  })

  it("uses Medusa's S3 provider when S3_BUCKET is set, with the file URL's trailing slash dropped", () => {
    expect(fileProviders(S3, "http://localhost:9000")).toEqual([
      {
        resolve: "@medusajs/medusa/file-s3",
        id: "s3",
        options: {
          bucket: "avenrae-uploads",
          region: "af-south-1",
          access_key_id: "key",
          secret_access_key: "secret",
          file_url: "https://files.example.com/avenrae-uploads",
          additional_client_config: { forcePathStyle: false },
        },
      },
    ])
  })

  it("points the client at an S3-compatible endpoint by path when asked", () => {
    const [provider] = fileProviders({ ...S3, S3_ENDPOINT: "http://minio:9000", S3_FORCE_PATH_STYLE: "true" }, "")
    expect(provider.options).toMatchObject({ endpoint: "http://minio:9000", additional_client_config: { forcePathStyle: true } })
  })

  it("names every S3 variable still missing", () => {
    expect(() => fileProviders({ S3_BUCKET: "b", S3_REGION: "r" }, "")).toThrow(
      "S3_BUCKET is set but S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FILE_URL are not: set them (see .env.template)"
    )
  })
})
