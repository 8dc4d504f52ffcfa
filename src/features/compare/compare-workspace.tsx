/** Configurations, settings, presets; then who wins, the chart and the tables of cost and margin over volume. */
import { useState } from 'react';
import type { CardSet } from '../../engine';
import { Panel } from '../../components/ui/panel';
import { useReplaceUrl } from '../../lib/use-replace-url';
import { toCompareSearch, type CompareScenario, type Configuration } from './compare-state';
import { ChartPanel } from './components/chart-panel';
import { ConfigList } from './components/config-list';
import { PresetsPanel } from './components/presets-panel';
import { ScenarioSummary } from './components/scenario-summary';
import { CostTable, MarginTable } from './components/scenario-tables';
import { ScrollTable } from '../../components/ui/scroll-table';
import { SettingsForm } from './components/settings-form';
import { WinnersTable } from './components/winners-table';
import { presetPackageIn } from './presets';
import { chartData, priceConfigs, volumeRows } from './scenario-rows';
import { applySettings, toSettings } from './settings-schema';
import { volumePoints } from './volume-points';

export function CompareWorkspace({ set, initial }: { readonly set: CardSet; readonly initial: CompareScenario }) {
  const [scenario, setScenario] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [officialPackage, setOfficialPackage] = useState(() => presetPackageIn(initial.configs, set));
  useReplaceUrl(toCompareSearch(scenario));

  const replace = (next: CompareScenario) => {
    setScenario(next);
    setGeneration((g) => g + 1);
  };
  const setConfigs = (change: (configs: readonly Configuration[]) => Configuration[]) =>
    setScenario((s) => ({ ...s, configs: change(s.configs) }));
  const priced = priceConfigs(scenario.configs, set);
  const tableRows = volumeRows(priced, scenario.tableVolumes, scenario.assumptions);
  const points = volumePoints(scenario.minVolume, scenario.maxVolume, scenario.scale);

  return (
    <div className="flex flex-col gap-6">
      <PresetsPanel
        set={set}
        officialPackage={officialPackage}
        onPackage={setOfficialPackage}
        onPreset={(p) => replace({ ...p.scenario, metric: scenario.metric })}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] [&>*]:min-w-0">
        <div className="flex flex-col gap-4 print:hidden">
          <Panel title="Volume and assumptions" headingId="settings-heading">
            <SettingsForm
              key={`s${generation}`}
              initial={toSettings(scenario)}
              onChange={(v) => setScenario((s) => applySettings(s, v))}
            />
          </Panel>
          <ConfigList
            set={set}
            configs={scenario.configs}
            generation={generation}
            onReplace={(configs) => replace({ ...scenario, configs })}
            onEdit={(i, label, values) => setConfigs((cs) => cs.map((x, j) => (j === i ? { ...x, label, values } : x)))}
          />
        </div>
        <div className="flex flex-col gap-4">
          <Panel title="Who wins" headingId="winners-heading">
            <ScrollTable
              captionId="winners-table-caption"
              caption="Who wins at each volume: the lowest price, the lowest vendor cost, the highest margin"
            >
              <WinnersTable captionId="winners-table-caption" priced={priced} rows={tableRows} />
            </ScrollTable>
          </Panel>
          <ScenarioSummary priced={priced} assumptions={scenario.assumptions} />
          <ChartPanel
            data={chartData(volumeRows(priced, points, scenario.assumptions))}
            scale={scenario.scale}
            min={scenario.minVolume}
            max={scenario.maxVolume}
            metric={scenario.metric}
            lines={scenario.configs.map((c, i) => ({ label: priced[i].label, shown: !c.hidden }))}
            onMetric={(metric) => setScenario((s) => ({ ...s, metric }))}
            onToggle={(i, shown) => setConfigs((cs) => cs.map((x, j) => (j === i ? { ...x, hidden: !shown } : x)))}
          />
        </div>
      </div>
      <Panel title="Cost per month" headingId="cost-heading">
        <CostTable priced={priced} rows={tableRows} />
      </Panel>
      <Panel title="Margin per month" headingId="margin-heading">
        <MarginTable priced={priced} rows={tableRows} />
      </Panel>
    </div>
  );
}
