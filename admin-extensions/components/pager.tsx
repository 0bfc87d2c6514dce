import { Table } from "@medusajs/ui"

/** Table pagination for a page of `pageSize` rows out of `count`; hidden when one page fits. */
export const Pager = ({
  count,
  pageSize,
  page,
  onPageChange,
}: {
  count: number
  pageSize: number
  page: number
  onPageChange: (page: number) => void
}) => {
  const pages = Math.max(1, Math.ceil(count / pageSize))
  if (count <= pageSize) {
    return null
  }
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pages}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pages}
      previousPage={() => onPageChange(Math.max(0, page - 1))}
      nextPage={() => onPageChange(Math.min(pages - 1, page + 1))}
    />
  )
}
