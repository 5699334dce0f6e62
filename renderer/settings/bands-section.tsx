import { useId } from 'react';
import { BAND_LABELS } from '../../shared/domain';
import { BandPill } from '../ui/band-pill';
import type { HealthForm, HealthFormErrors } from './health-form';
import { FieldError } from './field-error';

type Threshold = keyof HealthForm['bands'];
const THRESHOLDS: { key: Threshold; band: 'healthy' | 'watch' | 'at_risk' }[] = [
  { key: 'healthy', band: 'healthy' },
  { key: 'watch', band: 'watch' },
  { key: 'atRisk', band: 'at_risk' },
];

interface BandsSectionProps {
  bands: HealthForm['bands'];
  errors: HealthFormErrors;
  onChange: (key: Threshold, text: string) => void;
}

/** Where each band starts: a score at or above the threshold is in that band; below At risk is Neglected. */
export function BandsSection({ bands, errors, onChange }: BandsSectionProps) {
  return (
    <section className="card settings-card" aria-labelledby="bands-title" data-testid="bands-section">
      <header className="settings-card__head">
        <h2 id="bands-title" className="settings-card__title">
          Bands
        </h2>
        <p className="settings-card__lead">The lowest score of each band. Below {BAND_LABELS.at_risk} is {BAND_LABELS.neglected}.</p>
      </header>
      <div className="bands-form">
        {THRESHOLDS.map(({ key, band }) => (
          <BandThreshold key={key} band={band} text={bands[key]} error={errors[`bands.${key}`]} onChange={(text) => onChange(key, text)} testId={`band-${key}`} />
        ))}
        <div className="bands-form__item bands-form__item--last">
          <BandPill band="neglected" />
          <span className="bands-form__below">below {bands.atRisk.trim() || '…'}</span>
        </div>
      </div>
      <FieldError message={errors.bands} />
    </section>
  );
}

function BandThreshold({ band, text, error, onChange, testId }: { band: 'healthy' | 'watch' | 'at_risk'; text: string; error: string | undefined; onChange: (text: string) => void; testId: string }) {
  const id = useId();
  return (
    <div className="bands-form__item">
      <label htmlFor={id}>
        <BandPill band={band} />
        <span className="sr-only"> starts at</span>
      </label>
      <span className="bands-form__from">
        from
        <input id={id} className="input bands-form__input" inputMode="decimal" value={text} onChange={(event) => onChange(event.target.value)} aria-invalid={error !== undefined} data-testid={testId} />
      </span>
      <FieldError message={error} />
    </div>
  );
}
