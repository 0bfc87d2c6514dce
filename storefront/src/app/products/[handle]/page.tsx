import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProduct } from "@/lib/data/catalog"
import { retrieveCustomer } from "@/lib/data/customer"
import { savedState } from "@/lib/data/favourites"
import { getCurrentRegion } from "@/lib/data/regions"
import { SaveControl } from "@/modules/favourites/save-control"
import { ProductDetails } from "@/modules/products/product-details"
import { ReviewParams, ReviewsSection } from "@/modules/reviews/reviews-section"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<ReviewParams> }

async function load(handle: string) {
  const region = await getCurrentRegion()
  return { region, product: await getProduct(handle, region.id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product } = await load((await params).handle)
  if (!product) return { title: "Not found" }
  return {
    title: product.title,
    description: product.description?.slice(0, 160) || `${product.title} at Avenrae.`,
    openGraph: product.thumbnail ? { images: [product.thumbnail] } : undefined,
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ product, region }, customer, reviewParams] = await Promise.all([load((await params).handle), retrieveCustomer(), searchParams])
  if (!product) notFound()
  const saved = customer ? await savedState("product", product.id) : null
  return (
    <>
      <ProductDetails
        product={product}
        currency={region.currency_code}
        save={
          <SaveControl
            targetType="product"
            targetId={product.id}
            saved={saved}
            signedIn={!!customer}
            path={`/products/${encodeURIComponent(product.handle)}`}
          />
        }
      />
      <ReviewsSection
        targetType="product"
        targetId={product.id}
        params={reviewParams}
        path={`/products/${encodeURIComponent(product.handle)}`}
        signedIn={!!customer}
      />
    </>
  )
}
