/** The fields of an envelope that SPEC §2.1 reads, taken once from whatever was pasted. */

/** The most entries a list of references may hold. */
export const MAX_LIST_ENTRIES = 1000;

/** Empty strings, null and empty lists in the accepted fields count as absent (SPEC §2.1). */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A plain object of the envelope's accepted fields that are present, each read once (own
 * or inherited, as property access reads them); anything but an object is returned as it
 * is, for the schema to refuse. May throw (a getter that throws).
 */
export function acceptedFields(input: unknown, names: readonly string[]): unknown {
  if (!isObject(input)) return input;
  const fields: Record<string, unknown> = {};
  for (const name of names) {
    const value = input[name];
    if (!isAbsent(value)) fields[name] = value;
  }
  return fields;
}
