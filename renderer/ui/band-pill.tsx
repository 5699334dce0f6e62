import { BAND_LABELS, type Band } from '../../shared/domain';

/** The health band as a coloured pill that always carries its name: colour is never the only signal. */
export function BandPill({ band }: { band: Band }) {
  return (
    <span className={`band band--${band}`} data-testid="row-band" data-band={band}>
      <span className="band__dot" aria-hidden="true" />
      {BAND_LABELS[band]}
    </span>
  );
}
