const noticeClass =
  'rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

/** Names what a link carried that was not valid and was dropped. */
export function IgnoredNotice({ ignored }: { readonly ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  return (
    <p role="status" className={noticeClass}>
      Ignored from the link: {ignored.join('; ')}. Where a value was not valid, its default is used.
    </p>
  );
}
