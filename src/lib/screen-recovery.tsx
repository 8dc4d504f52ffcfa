/**
 * The error boundary's offer for a screen that fails again after "Try again", loaded only then
 * (the boundary is on the first page, this is not): a button that sets the screen's saved data
 * aside, and the notice of where it went, with the old link to copy.
 */
import type { ReactNode } from 'react';
import { setAsideScreenData, type SetAside } from './set-aside-screen-data';

const notice =
  'mb-4 flex flex-col gap-2 rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 ' +
  'dark:bg-amber-950 dark:text-amber-100';

interface Props {
  readonly className: string;
  readonly onCleared: (notice: ReactNode) => void;
}

/** `onCleared` gets the notice to show above the screen, which then opens again, clean. */
export default function ScreenRecovery({ className, onCleared }: Props): ReactNode {
  const clear = () => onCleared(<SetAsideNotice result={setAsideScreenData(window.location.pathname)} />);
  return (
    <button type="button" className={className} onClick={clear}>
      Clear this screen's saved data (kept as a backup)
    </button>
  );
}

function SetAsideNotice({ result }: { readonly result: SetAside }) {
  const nothing = result.link === null && result.moved.length === 0 && result.problems.length === 0;
  return (
    <section role="status" aria-label="Saved data set aside" className={notice}>
      <p>
        {nothing
          ? 'This screen had no saved data to set aside: it opened again with its defaults.'
          : 'This screen’s saved data was set aside, not deleted, and the screen opened clean.'}
      </p>
      {result.link !== null ? (
        <>
          <label htmlFor="set-aside-link" className="font-medium">
            The link as it was
          </label>
          <textarea
            id="set-aside-link"
            className="ui-control font-mono text-xs"
            readOnly
            rows={2}
            value={result.link}
            onFocus={(event) => event.currentTarget.select()}
          />
          {result.linkKey ? <p>It is also kept in this browser under {result.linkKey}.</p> : null}
        </>
      ) : null}
      {result.moved.map(({ from, to }) => (
        <p key={from}>
          The entry {from} is kept, unchanged, under {to}.
        </p>
      ))}
      {result.problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </section>
  );
}
