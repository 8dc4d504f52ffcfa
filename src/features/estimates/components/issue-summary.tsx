/** Every problem that keeps the estimate from being priced, each a link to its field. */
import type { EstimateIssue } from '../../../engine';
import { fieldId } from '../price-draft';

/** The field a path names, or the nearest field that exists: a request's fields sit in the line's folded panel. */
function focusField(path: string) {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (element) {
      const details = element.closest('details');
      if (details && !details.open) details.open = true;
      element.focus();
      return;
    }
  }
  const line = /^lines\[(\d+)\]/.exec(path);
  const item = line ? document.querySelectorAll('[data-line-index]')[Number(line[1])] : null;
  const details = item?.querySelector('details');
  if (details) {
    details.open = true;
    details.querySelector('summary')?.focus();
  }
}

const summaryClass =
  'rounded-md border-l-4 border-red-600 bg-red-50 px-3 py-2 text-sm text-red-950 dark:bg-red-950 dark:text-red-100';

export function IssueSummary({ issues }: { readonly issues: readonly EstimateIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className={summaryClass}>
      <p className="font-medium">
        This estimate cannot be priced until {issues.length === 1 ? 'this is' : 'these are'} corrected:
      </p>
      <ul className="mt-1 list-inside list-disc">
        {issues.map((i) => (
          <li key={`${i.path}:${i.message}`}>
            <a
              href={`#${fieldId(i.path)}`}
              className="underline"
              onClick={(e) => {
                e.preventDefault();
                focusField(i.path);
              }}
            >
              {i.path ? `${i.path}: ` : ''}
              {i.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
