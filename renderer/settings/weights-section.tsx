import { Slider } from 'radix-ui';
import { useId } from 'react';
import { FACTOR_LABELS, FACTORS, type FactorKey } from '../../shared/domain';
import { MAX_WEIGHT, weightShares, type HealthForm, type HealthFormErrors } from './health-form';
import { FieldError } from './field-error';

/** What each factor looks at, in a line, so a weight means something before the docs are opened. */
const FACTOR_HINTS: Record<FactorKey, string> = {
  recency: 'Days since we last reached out, against the tier’s cadence.',
  decay: 'Whether we are in touch less often than we used to be.',
  complaint: 'Open complaints: how old they are and how long we have been silent.',
  sentiment: 'How recent conversations went, the latest counting most.',
  voice: '“Will you come back?” and “Would you refer a friend?” answers.',
};

// The slider covers the usual range; the box beside it takes anything up to the maximum.
const SLIDER_MAX = 200;

interface WeightsSectionProps {
  weights: HealthForm['weights'];
  errors: HealthFormErrors;
  onChange: (factor: FactorKey, text: string) => void;
}

/** How much each factor counts: a slider and a number per factor, and the share of the score it makes. */
export function WeightsSection({ weights, errors, onChange }: WeightsSectionProps) {
  const numbers = Object.fromEntries(FACTORS.map((f) => [f, /^\d+(\.\d+)?$/.test(weights[f].trim()) ? Number(weights[f]) : undefined]));
  const shares = weightShares(numbers);
  return (
    <section className="card settings-card" aria-labelledby="weights-title" data-testid="weights-section">
      <header className="settings-card__head">
        <h2 id="weights-title" className="settings-card__title">
          What counts, and how much
        </h2>
        <p className="settings-card__lead">Weights are relative: a factor with twice the weight moves the score twice as far. Zero turns a factor off.</p>
      </header>
      <ul className="weights">
        {FACTORS.map((factor) => (
          <WeightRow key={factor} factor={factor} text={weights[factor]} share={shares[factor]} error={errors[`weight.${factor}`]} onChange={(text) => onChange(factor, text)} />
        ))}
      </ul>
      <FieldError message={errors.weights} />
    </section>
  );
}

interface WeightRowProps {
  factor: FactorKey;
  text: string;
  share: number | null;
  error: string | undefined;
  onChange: (text: string) => void;
}

function WeightRow({ factor, text, share, error, onChange }: WeightRowProps) {
  const inputId = useId();
  const hintId = useId();
  const value = Number(text);
  const sliderValue = Number.isFinite(value) ? Math.min(value, SLIDER_MAX) : 0;
  return (
    <li className="weight" data-testid={`weight-${factor}`}>
      <div className="weight__words">
        <label htmlFor={inputId} className="weight__label">
          {FACTOR_LABELS[factor]}
        </label>
        <span id={hintId} className="weight__hint">
          {FACTOR_HINTS[factor]}
        </span>
      </div>
      <Slider.Root
        className="slider"
        min={0}
        max={SLIDER_MAX}
        step={5}
        value={[sliderValue]}
        onValueChange={([next]) => onChange(String(next ?? 0))}
        aria-label={`${FACTOR_LABELS[factor]} weight`}
      >
        <Slider.Track className="slider__track">
          <Slider.Range className="slider__range" />
        </Slider.Track>
        <Slider.Thumb className="slider__thumb" aria-label={`${FACTOR_LABELS[factor]} weight`} />
      </Slider.Root>
      <input
        id={inputId}
        className="input weight__input"
        inputMode="decimal"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        aria-invalid={error !== undefined}
        max={MAX_WEIGHT}
        data-testid={`weight-input-${factor}`}
      />
      <span className="weight__share" title="Share of the total weight">
        {share === null ? '—' : `${share}%`}
      </span>
      <FieldError message={error} className="weight__error" />
    </li>
  );
}
