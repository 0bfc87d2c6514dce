/**
 * The storefront talks to the Medusa backend from the server only (server
 * components and server actions), so the browser never needs the backend's
 * origin or the publishable key. Product images come from the backend's file
 * module, so its host is allowed for next/image.
 */
const backend = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [
      { protocol: backend.protocol.replace(":", ""), hostname: backend.hostname },
      { protocol: "http", hostname: "localhost" },
      { protocol: "http", hostname: "127.0.0.1" },
    ],
  },
}

export default nextConfig
