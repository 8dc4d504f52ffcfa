/** One line's own fields (not its request): name, clips or tasks a month, priority, and a service's choice. */
import { findServicesCard, type CardSet, type EstimateIssue } from '../../../engine';
import { controlClass, Field, fieldDescribedBy } from '../../../components/ui/field';
import type { LineDraft } from '../estimate-draft';
import { fieldId, issueAt } from '../price-draft';
import { PathInput } from './path-input';

interface LineFieldsProps {
  readonly set: CardSet;
  readonly index: number;
  readonly line: LineDraft;
  readonly budgetOn: boolean;
  readonly issues: readonly EstimateIssue[];
  readonly onChange: (line: LineDraft) => void;
}

type Service = NonNullable<ReturnType<typeof findServicesCard>>['services'][number];

/** A service's seconds: those typed, when it bills by duration (else its shortest), or none when it does not. */
export function defaultDuration(service: Service | undefined, typed: string): string {
  if (!service || !(service.basis === 'per-block' || service.durationSeconds)) return '';
  return typed.trim() || String(service.durationSeconds?.min ?? service.blockSeconds ?? 5);
}

export function LineFields({ set, index, line, budgetOn, issues, onChange }: LineFieldsProps) {
  const at = `lines[${index}]`;
  const services = findServicesCard(set)?.services ?? [];
  const service = line.kind === 'service' ? services.find((s) => s.id === line.service) : undefined;
  const serviceId = fieldId(`${at}.service`);
  const serviceError = issueAt(issues, `${at}.service`);
  const range = service?.durationSeconds;
  const byDuration = service && (service.basis === 'per-block' || range);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <PathInput
        path={`${at}.name`}
        label="Line name"
        value={line.name}
        issues={issues}
        onChange={(name) => onChange({ ...line, name })}
      />
      <PathInput
        path={line.kind === 'clip' ? `${at}.clips_per_month` : `${at}.count_per_month`}
        label={line.kind === 'clip' ? 'Clips a month' : 'Tasks a month'}
        value={line.count}
        inputMode="decimal"
        issues={issues}
        onChange={(count) => onChange({ ...line, count })}
      />
      {line.kind === 'service' ? (
        <>
          <Field id={serviceId} label="Service" error={serviceError}>
            <select
              id={serviceId}
              className={controlClass}
              value={line.service}
              aria-invalid={serviceError ? true : undefined}
              aria-describedby={fieldDescribedBy(serviceId, serviceError)}
              onChange={(e) => {
                const next = services.find((s) => s.id === e.target.value);
                onChange({ ...line, service: e.target.value, duration: defaultDuration(next, line.duration) });
              }}
            >
              {services.some((s) => s.id === line.service) ? null : (
                <option value={line.service}>{line.service}</option>
              )}
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          {byDuration || line.duration.trim() !== '' ? (
            <PathInput
              path={`${at}.duration`}
              label="Seconds of video each"
              value={line.duration}
              inputMode="decimal"
              hint={range ? `From ${range.min} to ${range.max} seconds.` : undefined}
              issues={issues}
              onChange={(duration) => onChange({ ...line, duration })}
            />
          ) : null}
        </>
      ) : null}
      {budgetOn ? (
        <PathInput
          path={`${at}.priority`}
          label="Budget priority (higher first)"
          value={line.priority}
          inputMode="decimal"
          issues={issues}
          onChange={(priority) => onChange({ ...line, priority })}
        />
      ) : null}
    </div>
  );
}
