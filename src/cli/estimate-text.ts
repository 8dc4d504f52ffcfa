/** An estimate as text for a terminal: the lines, a table for a month and one for the period, the packages. */
import { toEstimateRecord, type Estimate, type EstimateRecord } from '../engine';
import { budgetLines } from './estimate-budget-text';
import { formatCount, formatUsd, formatUsdExact } from '../lib/format-money';

type Row = readonly string[];

const HEAD: Row = ['Line', 'Clips/tasks', 'Our price', 'Customer', 'Vendor units', 'Vendor cost', 'Margin', 'Margin %'];

/** Columns padded to their widest cell: the first to the left, the others (numbers) to the right. */
function table(rows: readonly Row[]): string[] {
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`.trimEnd(),
  );
}

const usdOrDash = (v: string | null) => (v === null ? '—' : formatUsd(v));
const pct = (v: string | null) => (v === null ? '—' : `${v}%`);

interface Figures {
  readonly internal: string | null;
  readonly customer: string | null;
  readonly units: string | null;
  readonly vendor: string;
  readonly margin: string;
  readonly marginPct: string | null;
}

function row(name: string, count: string, f: Figures): Row {
  const units = f.units === null ? '—' : formatCount(f.units);
  return [
    name,
    count,
    usdOrDash(f.internal),
    usdOrDash(f.customer),
    units,
    formatUsd(f.vendor),
    formatUsd(f.margin),
    pct(f.marginPct),
  ];
}

function totalsTable(e: Estimate, record: EstimateRecord, which: 'month' | 'period'): string[] {
  const months = which === 'month' ? 1 : record.months;
  const lines = record.lines.map((l, i) => {
    const count = e.totals.lines[i].line.count * months;
    const f =
      which === 'month'
        ? {
            internal: l.internal_usd_per_month,
            customer: l.customer_usd_per_month,
            units: l.vendor_units_per_month,
            vendor: l.vendor_usd_per_month,
            margin: l.margin_usd_per_month,
          }
        : {
            internal: l.internal_usd_per_period,
            customer: l.customer_usd_per_period,
            units: l.vendor_units_per_period,
            vendor: l.vendor_usd_per_period,
            margin: l.margin_usd_per_period,
          };
    return row(l.name, formatCount(String(count)), { ...f, marginPct: l.margin_pct });
  });
  const t = record[which];
  const total = row('Total', '', {
    internal: t.internal_usd,
    customer: t.customer_usd,
    units: t.vendor_units,
    vendor: t.vendor_usd,
    margin: t.margin_usd,
    marginPct: t.margin_pct,
  });
  return table([HEAD, ...lines, total]);
}

const bought = (packages: EstimateRecord['packages'], indent: string) =>
  packages.length === 0 ? [`${indent}nothing`] : packages.map((p) => `${indent}${p.count} × ${p.label}`);

function packageLines(e: Estimate, record: EstimateRecord): string[] {
  const windows = record.package_windows;
  const days = e.packages.windowMonths * 30;
  const out = [`Packages for ${formatCount(record.units_used)} Kling units over ${record.months} months`];
  if (windows.length === 1) out.push('  bought at the start:', ...bought(record.packages, '    '));
  else {
    out.push(`  planned in ${days}-day windows, each bought at its start:`);
    for (const w of windows) {
      const to = w.from_month + w.months - 1;
      const when = w.months === 1 ? `month ${w.from_month}` : `months ${w.from_month}–${to}`;
      out.push(`    ${when} (${formatUsd(w.packages_usd)}):`, ...bought(w.packages, '      '));
    }
  }
  out.push(
    `  ${formatUsd(record.packages_usd)}: ${formatCount(record.units_bought)} units bought, ` +
      `${formatCount(record.units_used)} used, ${formatCount(record.units_forfeited)} expire unused`,
  );
  const price = record.unit_price_usd === null ? 'no Kling units' : `${formatUsdExact(record.unit_price_usd)} a unit`;
  const at = record.package === 'cheapest' ? 'the cheapest mix (packages ÷ units used)' : `package "${record.package}"`;
  out.push(`  vendor cost at ${at}: ${price}`);
  const pace = e.throughput;
  if (pace) {
    out.push(
      `  concurrency ${pace.concurrency}: ${formatCount(String(pace.tasksPerMonth))} tasks a month at ` +
        `${pace.generationSeconds} s each take ${pace.hoursPerMonth} hours${pace.fits ? '' : ' (more than a month)'}`,
    );
  }
  return out;
}

export function formatEstimateText(e: Estimate): string {
  const record = toEstimateRecord(e);
  const off = record.discount_pct === '0' ? 'no discount' : `${record.discount_pct}% off our price`;
  const months = `${record.months} month${record.months > 1 ? 's' : ''}`;
  const head = [
    `Estimate for ${record.customer}: ${months}, ${off}, package ${record.package}`,
    `${record.as_of ? `as of ${record.as_of} (UTC), ` : ''}cards ${record.cards.join(', ')}`,
    '',
    'Lines',
    ...record.lines.map(
      (l, i) =>
        `  ${i + 1}. ${l.name}: ${formatCount(String(e.totals.lines[i].line.count))} ` +
        `${l.kind === 'clip' ? 'clips' : 'tasks'} a month of ${l.what}`,
    ),
  ];
  const body = [
    '',
    'A month',
    ...totalsTable(e, record, 'month'),
    '',
    `The period (${months})`,
    ...totalsTable(e, record, 'period'),
    '',
    ...packageLines(e, record),
    ...budgetLines(record.budget),
  ];
  const notes = record.warnings.map((w) => `  ${w.severity === 'warning' ? '!' : '-'} ${w.message}`);
  return `${[...head, ...body, ...(notes.length > 0 ? ['', 'Notes:', ...notes] : [])].join('\n')}\n`;
}
