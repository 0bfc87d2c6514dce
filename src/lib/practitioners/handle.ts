/**
 * A URL handle from a display name: "Nomvula Dlamini-Khumalo" →
 * "nomvula-dlamini-khumalo". Accents are folded; other characters dropped.
 */
export function handleFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
}
