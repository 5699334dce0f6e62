import { useState } from 'react';
import type { IsoDay } from '../../shared/domain';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ErrorBanner } from '../ui/error-banner';
import { errorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { useToast } from '../ui/toast';
import { BandsSection } from './bands-section';
import { CadencesSection } from './cadences-section';
import type { HealthForm } from './health-form';
import { PreviewPanel } from './preview-panel';
import { useHealthPreview } from './use-health-preview';
import type { useHealthSettings } from './use-health-settings';
import { WeightsSection } from './weights-section';

interface HealthModelTabProps {
  health: ReturnType<typeof useHealthSettings>;
  form: HealthForm;
  asOf: IsoDay;
  owners: readonly string[];
  /** "Who am I": the preview starts on this owner's list. */
  me: string | null;
  tiersWithoutCadence: readonly string[];
}

/** Weights, cadences and bands on the left; today's list as they would make it on the right; Save above. */
export function HealthModelTab({ health, form, asOf, owners, me, tiersWithoutCadence }: HealthModelTabProps) {
  const toast = useToast();
  const [previewOwner, setPreviewOwner] = useState<{ owner: string | null } | null>(null);
  const owner = previewOwner ? previewOwner.owner : me;
  const preview = useHealthPreview(asOf, owner, health.settings);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const { errors, dirty, setForm } = health;
  const blocked = health.settings === null;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await health.save();
      toast({ message: "Saved. Every account has been re-scored, and today's list follows the new settings." });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="health-model">
      <div className={`save-bar${dirty ? ' save-bar--dirty' : ''}`} data-testid="save-bar">
        <p className="save-bar__status" role="status">
          {blocked ? 'Some settings need fixing before they can be saved.' : dirty ? 'You have unsaved changes.' : 'These are the settings in use.'}
        </p>
        <button type="button" className="button button--ghost" onClick={() => setConfirmingReset(true)} disabled={saving} data-testid="restore-defaults">
          Restore defaults
        </button>
        {dirty && (
          <button type="button" className="button" onClick={health.discard} disabled={saving} data-testid="discard-changes">
            Discard changes
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={!dirty || blocked || saving} aria-busy={saving} data-testid="save-settings">
          {saving && <Spinner size="s" />}
          Save and re-score
        </button>
      </div>
      {error && <ErrorBanner message={`The settings were not saved: ${error}`} onDismiss={() => setError(null)} />}
      <div className="health-model__columns">
        <div className="health-model__form">
          <WeightsSection weights={form.weights} errors={errors} onChange={(factor, text) => setForm((old) => ({ ...old, weights: { ...old.weights, [factor]: text } }))} />
          <CadencesSection
            tiers={form.tiers}
            defaultDays={form.defaultCadenceDays}
            errors={errors}
            tiersWithoutCadence={tiersWithoutCadence}
            onTiersChange={(tiers) => setForm((old) => ({ ...old, tiers }))}
            onDefaultChange={(text) => setForm((old) => ({ ...old, defaultCadenceDays: text }))}
          />
          <BandsSection bands={form.bands} errors={errors} onChange={(key, text) => setForm((old) => ({ ...old, bands: { ...old.bands, [key]: text } }))} />
        </div>
        <div className="health-model__preview">
          <PreviewPanel preview={preview} owners={owners} owner={owner} onOwnerChange={(next) => setPreviewOwner({ owner: next })} blocked={blocked} dirty={dirty} />
        </div>
      </div>
      {confirmingReset && (
        <ConfirmDialog
          title="Restore the default health model?"
          message="Weights, tier cadences and band thresholds go back to Tend's defaults, and every account is re-scored. Cadences you added for your own tiers are removed."
          confirmLabel="Restore defaults"
          busyLabel="Restoring…"
          tone="danger"
          testId="restore-dialog"
          confirmTestId="restore-confirm"
          onConfirm={async () => {
            await health.restoreDefaults();
            toast({ message: 'Restored the default health model; every account has been re-scored.' });
          }}
          onClose={() => setConfirmingReset(false)}
        />
      )}
    </div>
  );
}
