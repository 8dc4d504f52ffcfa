/** Who the estimate is for and on what terms: customer, period, discount, package, generation time. */
import { MAX_MONTHS, packagesFor, type CardSet, type EstimateIssue } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { EstimateDraft } from '../estimate-draft';
import { fieldId, issueAt } from '../price-draft';
import { PathInput } from './path-input';

type Terms = Pick<EstimateDraft, 'customer' | 'months' | 'discountPct' | 'package' | 'generationSeconds'>;

interface TermsFieldsProps {
  readonly set: CardSet;
  readonly terms: Terms;
  readonly issues: readonly EstimateIssue[];
  readonly onChange: (terms: Partial<Terms>) => void;
}

const MONTHS = Array.from({ length: MAX_MONTHS }, (_, i) => i + 1);

export function TermsFields({ set, terms, issues, onChange }: TermsFieldsProps) {
  const packages = packagesFor(set, 'kling-unit');
  const packageId = fieldId('package');
  const monthsId = fieldId('months');
  const packageError = issueAt(issues, 'package');
  const packageHint =
    'The unit price of the vendor cost. The packages to buy are always the cheapest mix for all the lines.';
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <PathInput
        path="customer"
        label="Customer"
        value={terms.customer}
        issues={issues}
        onChange={(customer) => onChange({ customer })}
      />
      <Field id={monthsId} label="Period" error={issueAt(issues, 'months')}>
        <select
          id={monthsId}
          className={controlClass}
          value={terms.months}
          onChange={(e) => onChange({ months: e.target.value })}
        >
          {MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {m} {m === 1 ? 'month' : 'months'}
            </option>
          ))}
        </select>
      </Field>
      <PathInput
        path="discount_pct"
        label="Discount on our price (%)"
        value={terms.discountPct}
        inputMode="decimal"
        hint="Applied to each line's monthly total, rounded to the cent once."
        issues={issues}
        onChange={(discountPct) => onChange({ discountPct })}
      />
      <div className="sm:col-span-2">
        <Field id={packageId} label="Vendor cost at" error={packageError} hint={packageHint}>
          <select
            id={packageId}
            className={controlClass}
            value={terms.package}
            aria-describedby={fieldDescribedBy(packageId, packageError, packageHint)}
            onChange={(e) => onChange({ package: e.target.value })}
          >
            <option value="cheapest">Cheapest mix for all lines</option>
            {packages.map(({ pkg }) => (
              <option key={pkg.id} value={pkg.id}>
                {pkg.label}
              </option>
            ))}
            {['cheapest', ...packages.map((p) => p.pkg.id)].includes(terms.package) ? null : (
              <option value={terms.package}>{terms.package} (not on the cards)</option>
            )}
          </select>
        </Field>
      </div>
      <PathInput
        path="generation_seconds"
        label="Seconds to generate a clip"
        value={terms.generationSeconds}
        inputMode="numeric"
        hint="For throughput at the packages' concurrency."
        issues={issues}
        onChange={(generationSeconds) => onChange({ generationSeconds })}
      />
    </div>
  );
}
