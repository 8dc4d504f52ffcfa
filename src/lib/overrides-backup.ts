/**
 * Copies a saved overrides entry, exactly as it is, to a new backup key: the one way an entry
 * is set aside, when it cannot be read and before an import replaces it (SPEC §5).
 */
const BACKUP_PREFIX = 'kling-calc:overrides:backup:';

/** The backup key written; throws what the storage throws (full, blocked), having written nothing. */
export function backUpOverrides(store: Storage, raw: string, now = new Date()): string {
  const stamp = `${BACKUP_PREFIX}${now.toISOString()}`;
  let key = stamp;
  // Two backups in one millisecond (an entry set aside, then an import) must not overwrite each other.
  for (let n = 2; store.getItem(key) !== null; n += 1) key = `${stamp}-${n}`;
  store.setItem(key, raw);
  return key;
}
