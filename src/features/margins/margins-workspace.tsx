/**
 * The margin map (SPEC §10): every request both cards price at one duration and package, its
 * margin marked against the target; per model the multiplier that would bring every cell shown
 * to the target, and a link to try it as a what-if.
 */
import { useState } from 'react';
import { marginMap, toSeconds, type CardSet, type MarginMap, type MarginMapOptions } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { useMarginTarget } from '../../lib/margin-target';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { MapControls } from './components/map-controls';
import { ModelGrid } from './components/model-grid';
import { ModelSummary } from './components/model-summary';
import { quoteHref } from './margin-links';
import { parseMarginsUrl, toMarginsSearch, type MarginsState } from './margins-state';
import { pageSearch } from '../../lib/page-address';

function describe(map: MarginMap): string {
  const when = map.asOf ? ` in force on ${map.asOf}` : '';
  return (
    `At ${map.durationSeconds} s, vendor cost at ${map.packageId}, target ${map.targetPct}%: ` +
    `${map.cells.length} requests; cards ${map.cards.join(', ')}${when}. Our price is as billed (720p).`
  );
}

export function MarginsWorkspace({ set, initial }: { readonly set: CardSet; readonly initial: MarginsState }) {
  const [state, setState] = useState(initial);
  // The last settings that priced: a duration being typed keeps the map it had.
  const [shown, setShown] = useState(initial);
  const target = useMarginTarget();
  useReplaceUrl(toMarginsSearch(shown));
  const options = (s: MarginsState): MarginMapOptions => ({
    durationSeconds: toSeconds(s.duration),
    packageId: s.packageId,
    targetPct: target.pct,
    resolutions: s.resolutions,
    ...(s.audio === 'both' ? {} : { audio: s.audio === 'on' }),
  });
  const typed = marginMap(set, options(state));
  const result = typed.ok ? typed : marginMap(set, options(shown));
  const change = (next: MarginsState) => {
    setState(next);
    if (parseMarginsUrl(toMarginsSearch(next)).ignored.length === 0 && marginMap(set, options(next)).ok) setShown(next);
  };
  const error = typed.ok ? undefined : typed.error;
  const current = pageSearch();
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-lg font-semibold">Margin map</h2>
      <Panel title="What the map shows" headingId="map-settings-heading">
        <MapControls
          set={set}
          state={state}
          durationError={!typed.ok && typed.field === 'duration' ? error : undefined}
          packageError={!typed.ok && typed.field === 'package' ? error : undefined}
          onChange={change}
        />
        {!typed.ok && typed.field !== 'duration' && typed.field !== 'package' ? (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
            {typed.error}
          </p>
        ) : null}
      </Panel>
      {result.ok ? (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">{describe(result.map)}</p>
          {result.map.models.map((m) => {
            const cells = result.map.cells.filter((c) => c.model === m.model);
            return (
              <Panel key={m.model} title={`${m.name} · ${m.model}`} headingId={`map-${m.model}`}>
                <div className="flex flex-col gap-3">
                  <ModelSummary model={m} targetPct={result.map.targetPct} current={current} />
                  {cells.length > 0 ? (
                    <ModelGrid
                      model={m}
                      cells={cells}
                      resolutions={shown.resolutions}
                      quoteHref={(c) => quoteHref(c, String(result.map.durationSeconds), result.map.packageId, current)}
                    />
                  ) : null}
                </div>
              </Panel>
            );
          })}
        </>
      ) : (
        <p role="alert">{result.error}</p>
      )}
    </div>
  );
}
