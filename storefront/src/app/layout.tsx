import type { Metadata, Viewport } from "next"
import { Footer } from "@/modules/layout/footer"
import { Header } from "@/modules/layout/header"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: { default: "Avenrae — crystals, healers and readings", template: "%s · Avenrae" },
  description: "Buy crystals, book a session with a healer, prophet, medium or counsellor, and pay once in one cart.",
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Header />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <Footer />
      </body>
    </html>
  )
}
