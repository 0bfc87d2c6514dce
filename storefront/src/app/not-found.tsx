import Link from "next/link"

export default function NotFound() {
  return (
    <div className="py-16">
      <h1 className="font-serif text-3xl">We could not find that page</h1>
      <p className="mt-2 text-ink-soft">It may have moved, or the product or practitioner is no longer listed.</p>
      <Link href="/" className="btn-primary mt-6">
        Go to the home page
      </Link>
    </div>
  )
}
