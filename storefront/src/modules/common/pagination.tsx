import Link from "next/link"

/** Previous / next links that keep the other query parameters; `param` names the page's own (page unless told). */
export function Pagination({
  page,
  pageSize,
  count,
  path,
  params,
  param = "page",
  anchor = "",
  label = "Pages",
}: {
  page: number
  pageSize: number
  count: number
  path: string
  params: Record<string, string | undefined>
  param?: string
  /** A fragment to land on ("#reviews"). */
  anchor?: string
  label?: string
}) {
  const pages = Math.max(1, Math.ceil(count / pageSize))
  if (pages <= 1) return null
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, [param]: String(p) }).filter((e): e is [string, string] => !!e[1]))
    return `${path}?${query}${anchor}`
  }
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** ?page= as a whole number from 1. */
export function pageFrom(value: string | string[] | undefined) {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}
