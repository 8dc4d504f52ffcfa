/** "For the customer": the plain-text explanation and a link to a page that shows it, neither with vendor figures. */
import { useState } from 'react';
import { Panel } from '../../../components/ui/panel';
import type { Explanation } from '../explain-model';
import { customerLink, customerTextOf } from '../customer-link';
import { CopyText } from './copy-text';

type Explained = Extract<Explanation, { kind: 'ok' }>;

export function CustomerPanel({ result }: { readonly result: Explained }) {
  const [link, setLink] = useState<string | null>(null);
  const overridden = result.quote.internal.charged.card.version.includes('+overrides');
  const makeLink = async () => {
    const made = await customerLink(result, window.location.origin);
    setLink(made);
    return made;
  };
  return (
    <Panel title="For the customer" headingId="customer-heading">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        What was asked, how our price list gives the price, and the amount, in plain words: no vendor cost, no margin.
      </p>
      {overridden ? (
        <p className="mb-3 text-sm text-amber-800 dark:text-amber-300">
          Your overrides change our price list here; the customer’s page prices with the published one.
        </p>
      ) : null}
      <div className="flex flex-col gap-3">
        <CopyText
          id="customer-text-fallback"
          label="Copy an explanation for the customer"
          what="explanation"
          make={() => customerTextOf(result)}
        />
        <CopyText id="customer-link-fallback" label="Copy a customer-safe link" what="link" make={makeLink} />
        {link ? (
          <a
            className="text-sm text-blue-700 underline dark:text-blue-300"
            href={link}
            target="_blank"
            rel="noreferrer"
          >
            Open the customer’s page
          </a>
        ) : null}
      </div>
    </Panel>
  );
}
