import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProduct } from "@/lib/data/catalog"
import { getCurrentRegion } from "@/lib/data/regions"
import { ProductDetails } from "@/modules/products/product-details"

type Props = { params: Promise<{ handle: string }> }

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

export default async function ProductPage({ params }: Props) {
  const { product, region } = await load((await params).handle)
  if (!product) notFound()
  return <ProductDetails product={product} currency={region.currency_code} />
}
