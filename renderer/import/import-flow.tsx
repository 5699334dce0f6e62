import { useEffect, useRef, useState } from 'react';
import type { ImportPreset, PickedFile } from '../../shared/contract';
import { useNavigation } from '../navigation';
import { ImportSummary } from './import-summary';
import type { UnknownAccounts } from './read-settings';
import { ReviewStep } from './review-step';
import { RunStep } from './run-step';
import { useImportJob } from './use-import-job';
import { useImportReview } from './use-import-review';

export type FlowStep = 'review' | 'import' | 'finished';

interface ImportFlowProps {
  file: PickedFile;
  presets: ImportPreset[];
  onPresetSaved: (preset: ImportPreset) => void;
  onAnother: () => void;
  /** An import finished (or stopped): the history should be read again. */
  onFinished: () => void;
  onStep: (step: FlowStep) => void;
}

/**
 * One file from review to result. The review's state lives here, not in the
 * review step, so "Back to the columns" after a failed or cancelled import
 * returns to the same mapping and choices.
 */
export function ImportFlow({ file, presets, onPresetSaved, onAnother, onFinished, onStep }: ImportFlowProps) {
  const review = useImportReview(file);
  const [unknownAccounts, setUnknownAccounts] = useState<UnknownAccounts>('create');
  const { run, start, cancel, reset } = useImportJob();
  const { go } = useNavigation();
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(() => {
    onStep(run.state === 'idle' ? 'review' : run.state === 'done' ? 'finished' : 'import');
  }, [run.state, onStep]);

  // The history learns about every import that ended, whatever the outcome.
  useEffect(() => {
    if (run.state === 'done' || run.state === 'failed' || run.state === 'cancelled' || run.state === 'error') finished.current();
  }, [run.state]);

  if (run.state === 'idle') {
    return (
      <ReviewStep
        file={file}
        review={review}
        presets={presets}
        onPresetSaved={onPresetSaved}
        unknownAccounts={unknownAccounts}
        onUnknownAccountsChange={setUnknownAccounts}
        onStart={(args) => start({ fileId: file.fileId, ...args })}
        onAnother={onAnother}
      />
    );
  }
  if (run.state === 'done') return <ImportSummary summary={run.summary} onSeeToday={() => go('today')} onAnother={onAnother} />;
  return <RunStep run={run} fileName={review.preview?.fileName || file.name} onCancel={cancel} onBack={reset} onAnother={onAnother} />;
}
