import { useState } from 'react';
import type { IsoDay } from '../../shared/domain';
import { latestTouchMs, toLocalInputValue } from '../dates';
import { call } from '../platform/client';
import { FormDialog, FormProblem } from './form-dialog';
import { SegmentedField, TextField, WhenField, type Option } from './fields';
import { readWhen } from './touchpoint-draft';

const NO_ANSWER = 'none';
type Answer = string;

const COME_BACK: Option<Answer>[] = [
  { value: NO_ANSWER, label: 'No answer' },
  { value: '1', label: '1', description: '1 — certainly not' },
  { value: '2', label: '2', description: '2 — probably not' },
  { value: '3', label: '3', description: '3 — not sure' },
  { value: '4', label: '4', description: '4 — probably' },
  { value: '5', label: '5', description: '5 — certainly' },
];
const REFER: Option<Answer>[] = [
  { value: NO_ANSWER, label: 'No answer' },
  ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n), description: `${n} of 10` })),
];

const toAnswer = (answer: Answer): number | null => (answer === NO_ANSWER ? null : Number(answer));

interface SurveyDialogProps {
  accountId: number;
  subtitle: string;
  asOf: IsoDay;
  onClose: () => void;
  onRecorded: (message: string) => void;
}

/** Record the customer's answers to the two questions Tend listens to. Either may be left unanswered, not both. */
export function SurveyDialog({ accountId, subtitle, asOf, onClose, onRecorded }: SurveyDialogProps) {
  const latest = latestTouchMs(asOf);
  const [when, setWhen] = useState(() => toLocalInputValue(Math.min(Date.now(), latest)));
  const [comeBack, setComeBack] = useState<Answer>(NO_ANSWER);
  const [refer, setRefer] = useState<Answer>(NO_ANSWER);
  const [notes, setNotes] = useState('');

  const save = async () => {
    const at = readWhen(when, latest, 'answer');
    if (!at.ok) throw new FormProblem(at.problem);
    if (comeBack === NO_ANSWER && refer === NO_ANSWER) throw new FormProblem('Pick an answer to at least one of the two questions.');
    await call('surveys.record', {
      accountId,
      asOf,
      answeredAt: new Date(at.ms).toISOString(),
      comeBack: toAnswer(comeBack),
      refer: toAnswer(refer),
      notes: notes.trim() === '' ? null : notes.trim(),
    });
    onRecorded('Recorded the survey answers.');
  };

  return (
    <FormDialog
      title="Record survey answers"
      subtitle={subtitle}
      testId="survey-dialog"
      submitLabel="Record answers"
      busyLabel="Saving…"
      submitTestId="survey-submit"
      onSubmit={save}
      onClose={onClose}
      wide
    >
      <WhenField label="Answered on" value={when} onChange={setWhen} latestMs={latest} testId="survey-when" />
      <SegmentedField
        label="“Will you come back?”"
        hint="1 certainly not · 5 certainly"
        options={COME_BACK}
        value={comeBack}
        onChange={setComeBack}
        testId="survey-come-back"
      />
      <SegmentedField
        label="“Would you refer a friend?”"
        hint="0 not at all likely · 10 extremely likely (9–10 promoters, 0–6 detractors)"
        options={REFER}
        value={refer}
        onChange={setRefer}
        testId="survey-refer"
        compact
      />
      <TextField label="Comment" optional multiline value={notes} onChange={setNotes} maxLength={10_000} placeholder="Anything they said with it" testId="survey-notes" />
    </FormDialog>
  );
}
