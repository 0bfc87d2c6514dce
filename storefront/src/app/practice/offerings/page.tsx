import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { deleteOffering, setOfferingStatus } from "@/lib/actions/practice-actions"
import { listOwnProducts, retrieveOwnPractitioner } from "@/lib/data/vendor"
import { formatMoney } from "@/lib/util/money"
import { OfferingEditForm } from "@/modules/practice/offering-edit-form"
import { OfferingForm } from "@/modules/practice/offering-form"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = { title: "Your offerings", description: "The sessions you sell on Avenrae." }

export default async function OfferingsPage() {
  const me = await retrieveOwnPractitioner()
  if (!me) redirect("/practice")
  if (me.status !== "approved") redirect("/practice")
  const products = await listOwnProducts()
  return (
    <>
      <h1 className="font-serif text-3xl">Your offerings</h1>
      <div className="mt-4">
        <PracticeNav current="offerings" approved />
      </div>
      <ul className="mb-10 space-y-3" aria-label="Your offerings">
        {products.map((product) => (
          <li key={product.id} className="card flex flex-wrap items-start justify-between gap-4 p-4" data-testid="own-offering">
            <div>
              <h2 className="font-medium">
                {product.title} {product.status === "draft" && <span className="text-sm text-ink-soft">(hidden)</span>}
              </h2>
              <ul className="mt-1 text-sm text-ink-soft">
                {product.variants.map((v) => (
                  <li key={v.id}>
                    {v.title}: {v.prices.map((p) => formatMoney(p.amount, p.currency_code)).join(" · ")}
                  </li>
                ))}
              </ul>
              <OfferingEditForm id={product.id} title={product.title} description={product.description} />
            </div>
            <div className="flex gap-3 text-sm">
              <form action={setOfferingStatus}>
                <input type="hidden" name="product_id" value={product.id} />
                <input type="hidden" name="status" value={product.status === "draft" ? "published" : "draft"} />
                <button type="submit" className="underline">
                  {product.status === "draft" ? "Show to shoppers" : "Hide from shoppers"}
                </button>
              </form>
              <form action={deleteOffering}>
                <input type="hidden" name="product_id" value={product.id} />
                <button type="submit" className="text-red-800 underline" aria-label={`Delete ${product.title}`}>
                  Delete
                </button>
              </form>
            </div>
          </li>
        ))}
        {!products.length && <li className="text-ink-soft">You have no offerings yet.</li>}
      </ul>
      <h2 className="mb-3 text-lg font-semibold">Offer a new session</h2>
      <OfferingForm />
    </>
  )
}
