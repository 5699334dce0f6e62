import { useId } from 'react';
import { newTierId, type HealthForm, type HealthFormErrors, type TierRow } from './health-form';
import { FieldError } from './field-error';

interface CadencesSectionProps {
  tiers: HealthForm['tiers'];
  defaultDays: string;
  errors: HealthFormErrors;
  /** Tiers accounts use that have no cadence of their own (they get the default). */
  tiersWithoutCadence: readonly string[];
  onTiersChange: (tiers: TierRow[]) => void;
  onDefaultChange: (text: string) => void;
}

/** How often each tier of account expects to hear from us; a tier without its own cadence uses the default. */
export function CadencesSection({ tiers, defaultDays, errors, tiersWithoutCadence, onTiersChange, onDefaultChange }: CadencesSectionProps) {
  const defaultId = useId();
  const change = (id: string, patch: Partial<TierRow>) => onTiersChange(tiers.map((tier) => (tier.id === id ? { ...tier, ...patch } : tier)));
  const add = (name = '') => onTiersChange([...tiers, { id: newTierId(), name, days: defaultDays.trim() || '30' }]);
  return (
    <section className="card settings-card" aria-labelledby="cadences-title" data-testid="cadences-section">
      <header className="settings-card__head">
        <h2 id="cadences-title" className="settings-card__title">
          How often to be in touch
        </h2>
        <p className="settings-card__lead">Days between our contacts that each tier expects. Longer silences cost recency points.</p>
      </header>
      <table className="cadences">
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Every</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => (
            <tr key={tier.id} data-testid="cadence-row" data-tier={tier.name}>
              <td>
                <input
                  className="input cadences__name"
                  value={tier.name}
                  onChange={(event) => change(tier.id, { name: event.target.value })}
                  aria-label="Tier name"
                  aria-invalid={errors[`tier.${tier.id}.name`] !== undefined}
                  data-testid="cadence-name"
                />
                <FieldError message={errors[`tier.${tier.id}.name`]} />
              </td>
              <td>
                <span className="cadences__days">
                  <input
                    className="input cadences__number"
                    inputMode="numeric"
                    value={tier.days}
                    onChange={(event) => change(tier.id, { days: event.target.value })}
                    aria-label={`Days between contacts for ${tier.name || 'this tier'}`}
                    aria-invalid={errors[`tier.${tier.id}.days`] !== undefined}
                    data-testid="cadence-days"
                  />
                  days
                </span>
                <FieldError message={errors[`tier.${tier.id}.days`]} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => onTiersChange(tiers.filter((t) => t.id !== tier.id))}
                  aria-label={`Remove the ${tier.name || 'unnamed'} tier`}
                  data-testid="cadence-remove"
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
          <tr className="cadences__default">
            <td>
              <label htmlFor={defaultId}>Any other tier</label>
            </td>
            <td>
              <span className="cadences__days">
                <input
                  id={defaultId}
                  className="input cadences__number"
                  inputMode="numeric"
                  value={defaultDays}
                  onChange={(event) => onDefaultChange(event.target.value)}
                  aria-invalid={errors.defaultCadenceDays !== undefined}
                  data-testid="default-cadence"
                />
                days
              </span>
              <FieldError message={errors.defaultCadenceDays} />
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <div className="cadences__add">
        <button type="button" className="button button--small" onClick={() => add()} data-testid="cadence-add">
          Add a tier
        </button>
        {tiersWithoutCadence.length > 0 && (
          <span className="cadences__missing">
            Used by accounts, on the default:{' '}
            {tiersWithoutCadence.map((tier, index) => (
              <span key={tier}>
                {index > 0 && ', '}
                <button type="button" className="link-button" onClick={() => add(tier)} title={`Give ${tier} a cadence of its own`}>
                  {tier}
                </button>
              </span>
            ))}
          </span>
        )}
      </div>
    </section>
  );
}
