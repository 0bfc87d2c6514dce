import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type LowStockVariant = {
  id: string
  title: string
  sku: string | null
  product: { id: string; title: string; thumbnail: string | null }
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type LowStockResponse = {
  variants: LowStockVariant[]
  threshold: number
  count: number
  offset: number
  limit: number
}

export function useLowStock(params: { threshold: number; limit: number; offset: number }) {
  return useQuery({
    queryKey: ["avenrae", "low-stock", params],
    queryFn: () =>
      sdk.client.fetch<LowStockResponse>("/admin/inventory/low-stock", {
        query: params,
      }),
  })
}
