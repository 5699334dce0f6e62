import { useId, useState } from 'react';
import type { ImportPreset } from '../../shared/contract';
import type { Mapping } from '../../shared/import/fields';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

/**
 * "Save these columns as a preset": the next export in the same layout is
 * then one pick away, on this screen and for `tend import --preset NAME`.
 */
export function SavePreset({ mapping, onSaved }: { mapping: Mapping; onSaved: (preset: ImportPreset) => void }) {
  const inputId = useId();
  const [name, setName] = useState('');
  const [state, setState] = useState<{ saving: boolean; message: string | null; error: boolean }>({ saving: false, message: null, error: false });

  const save = async () => {
    if (!name.trim()) return;
    setState({ saving: true, message: null, error: false });
    try {
      const preset = await call('import.savePreset', { name: name.trim(), mapping });
      onSaved(preset);
      setName('');
      setState({ saving: false, message: `Saved as “${preset.name}”.`, error: false });
    } catch (error) {
      setState({ saving: false, message: errorMessage(error), error: true });
    }
  };

  return (
    <form
      className="settings__group"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="save-preset"
    >
      <label htmlFor={inputId} className="field__label">
        Save these columns as a preset <span className="field__optional">optional</span>
      </label>
      <div className="save-preset__row">
        <input
          id={inputId}
          className="input"
          value={name}
          maxLength={80}
          placeholder="e.g. Our phone system"
          onChange={(event) => setName(event.target.value)}
          data-testid="save-preset-name"
        />
        <button type="submit" className="button" disabled={state.saving || !name.trim()} data-testid="save-preset-submit">
          Save
        </button>
      </div>
      {state.message && (
        <p className={state.error ? 'settings__note settings__note--error' : 'settings__note'} role="status" data-testid="save-preset-message">
          {state.message}
        </p>
      )}
    </form>
  );
}
