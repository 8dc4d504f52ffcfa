/** Configurations, settings, presets, then tables and charts of cost and margin over volume. */
import { lazy, Suspense, useState } from 'react';
import { packagesFor, type CardSet } from '../../engine';
import { ConfigEditor } from '../../components/request-form/config-editor';
import { controlClass, Field } from '../../components/ui/field';
import { Panel } from '../../components/ui/panel';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { MAX_CONFIGS, toCompareSearch, type CompareScenario } from './compare-state';
import { ScenarioSummary } from './components/scenario-summary';
import { CostTable, MarginTable } from './components/scenario-tables';
import { SettingsForm } from './components/settings-form';
import { presetsFor } from './presets';
import { chartData, priceConfigs, volumeRows } from './scenario-rows';
import { applySettings, toSettings } from './settings-schema';
import { volumePoints } from './volume-points';

const CostChart = lazy(() => import('./components/charts').then((m) => ({ default: m.CostChart })));
const MarginChart = lazy(() => import('./components/charts').then((m) => ({ default: m.MarginChart })));

const button = 'ui-button';
const detailsClass =
  'rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900';

export function CompareWorkspace({ set, initial }: { readonly set: CardSet; readonly initial: CompareScenario }) {
  const [scenario, setScenario] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [officialPackage, setOfficialPackage] = useState('package-2');
  useReplaceUrl(toCompareSearch(scenario));

  const replace = (next: CompareScenario) => {
    setScenario(next);
    setGeneration((g) => g + 1);
  };
  const priced = priceConfigs(scenario.configs, set);
  const tableRows = volumeRows(priced, scenario.tableVolumes, scenario.assumptions);
  const points = volumePoints(scenario.minVolume, scenario.maxVolume, scenario.scale);
  const data = chartData(volumeRows(priced, points, scenario.assumptions));
  const chartProps = {
    data,
    labels: priced.map((p) => p.label),
    scale: scenario.scale,
    min: scenario.minVolume,
    max: scenario.maxVolume,
  };
  const unitPackages = packagesFor(set, 'kling-unit');

  return (
    <div className="flex flex-col gap-6">
      <Panel title="Presets" headingId="presets-heading">
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          {presetsFor(officialPackage).map((p) => (
            <button key={p.id} type="button" className={button} onClick={() => replace(p.scenario)}>
              {p.label}
            </button>
          ))}
          <div className="min-w-56">
            <Field id="preset-package" label="Official card package in presets">
              <select
                id="preset-package"
                className={controlClass}
                value={officialPackage}
                onChange={(e) => setOfficialPackage(e.target.value)}
              >
                {unitPackages.map(({ pkg }) => (
                  <option key={pkg.id} value={pkg.id}>
                    {pkg.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          The published USD rates' own tables, each beside the same clips on Kling's official units at the chosen
          package.
        </p>
      </Panel>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-4 print:hidden">
          <Panel title="Volume and assumptions" headingId="settings-heading">
            <SettingsForm
              key={`s${generation}`}
              initial={toSettings(scenario)}
              onChange={(v) => setScenario((s) => applySettings(s, v))}
            />
          </Panel>
          {scenario.configs.map((c, i) => (
            <details key={`${generation}-${i}`} open={scenario.configs.length <= 2} className={detailsClass}>
              <summary className="cursor-pointer font-semibold">{c.label}</summary>
              <div className="mt-3 flex flex-col gap-3">
                <ConfigEditor
                  set={set}
                  label={c.label}
                  values={c.values}
                  onChange={(label, values) =>
                    setScenario((s) => ({ ...s, configs: s.configs.map((x, j) => (j === i ? { label, values } : x)) }))
                  }
                />
                {scenario.configs.length > 1 ? (
                  <button
                    type="button"
                    className={button}
                    onClick={() => {
                      replace({ ...scenario, configs: scenario.configs.filter((_, j) => j !== i) });
                      document.getElementById('add-configuration')?.focus();
                    }}
                  >
                    Remove {c.label}
                  </button>
                ) : null}
              </div>
            </details>
          ))}
          {scenario.configs.length < MAX_CONFIGS ? (
            <button
              id="add-configuration"
              type="button"
              className={button}
              onClick={() => {
                const last = scenario.configs[scenario.configs.length - 1];
                replace({
                  ...scenario,
                  configs: [
                    ...scenario.configs,
                    { label: `Configuration ${scenario.configs.length + 1}`, values: last.values },
                  ],
                });
              }}
            >
              Add a configuration
            </button>
          ) : null}
        </div>
        <div className="flex flex-col gap-4">
          <ScenarioSummary priced={priced} assumptions={scenario.assumptions} />
          <Panel title="Cost over volume" headingId="cost-heading">
            <Suspense fallback={<p role="status">Loading the chart…</p>}>
              <CostChart {...chartProps} />
            </Suspense>
            <CostTable priced={priced} rows={tableRows} />
          </Panel>
          <Panel title="Margin over volume" headingId="margin-heading">
            <Suspense fallback={<p role="status">Loading the chart…</p>}>
              <MarginChart {...chartProps} />
            </Suspense>
            <MarginTable priced={priced} rows={tableRows} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
