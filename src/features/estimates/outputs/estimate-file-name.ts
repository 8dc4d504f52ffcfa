/** The name an estimate is saved under: `estimate-acme-inc-2026-11-30.csv`. */

/** "Acme, Inc." → "acme-inc", "Café Ünï" → "cafe-uni"; "customer" when nothing is left. */
function customerSlug(customer: string): string {
  const slug = customer
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'customer';
}

/** `estimate-<customer slug>-<YYYY-MM-DD>.<extension>`. */
export function estimateFileName(customer: string, date: string, extension: string): string {
  return `estimate-${customerSlug(customer)}-${date}.${extension}`;
}
