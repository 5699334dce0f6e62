import { useCallback, useEffect, useState } from 'react';
import type { ImportPreset, PickedFile } from '../../shared/contract';
import { call } from '../platform/client';
import { AppBar } from '../ui/app-bar';
import { FileStep } from './file-step';
import { ImportFlow, type FlowStep } from './import-flow';
import { ImportHistory } from './import-history';
import { Steps } from './steps';
import { useImportHistory } from './use-import-history';

/**
 * Bringing a CRM, help-desk or phone-system export into Tend: choose a file,
 * check what Tend will store, import it in the background, and undo any past
 * import from the history below.
 */
export function ImportScreen() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [step, setStep] = useState<FlowStep>('review');
  const [presets, setPresets] = useState<ImportPreset[]>([]);
  const history = useImportHistory();
  const { reload } = history;

  useEffect(() => {
    let current = true;
    // Without presets the screen still works: columns are matched by their names.
    call('import.presets', {}).then(
      (list) => current && setPresets(list),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  const another = useCallback(() => {
    setFile(null);
    setStep('review');
  }, []);
  const refreshHistory = useCallback(() => void reload(), [reload]);
  // A preset saved again under its name replaces the old one in the picker.
  const presetSaved = useCallback((preset: ImportPreset) => setPresets((list) => [...list.filter((p) => p.id !== preset.id), preset]), []);

  return (
    <div className="app">
      <AppBar>
        <div className="app-bar__spacer" />
      </AppBar>
      <main className="import" data-testid="import-screen">
        <div className="import__inner">
          <div className="import__intro">
            <h1 className="today__title">Import a file</h1>
            <p className="today__summary">Bring in contact logs and account lists from your CRM, help desk or phone system.</p>
          </div>
          <section className="card import__card" aria-label="Import a file">
            <Steps current={file === null ? 'file' : step} />
            <div className="import__step">
              {file === null ? (
                <FileStep onPicked={setFile} />
              ) : (
                <ImportFlow key={file.fileId} file={file} presets={presets} onPresetSaved={presetSaved} onAnother={another} onFinished={refreshHistory} onStep={setStep} />
              )}
            </div>
          </section>
          <ImportHistory history={history} onChanged={refreshHistory} />
        </div>
      </main>
    </div>
  );
}
