import { useState } from 'react';
import type { ComplaintInfo } from '../../shared/api/account-page';
import type { Channel, IsoDay } from '../../shared/domain';
import { latestTouchMs, toLocalInputValue } from '../dates';
import { call } from '../platform/client';
import { formatDaysAgo, plural } from '../ui/format';
import { FormDialog, FormProblem } from './form-dialog';
import { SegmentedField, TextField, WhenField } from './fields';
import { CHANNEL_LABELS, LOGGABLE_CHANNELS } from './labels';
import { readWhen } from './touchpoint-draft';

const CHANNEL_OPTIONS = LOGGABLE_CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "Late delivery · open 12 days · last heard from us 3 days ago": which complaint a dialog is about. */
export function complaintSubtitle(complaint: ComplaintInfo): string {
  const subject = complaint.subject ?? 'Complaint';
  const heard = complaint.silenceDays === null ? '' : ` · last heard from us ${formatDaysAgo(complaint.silenceDays)}${complaint.silenceDays > 0 ? ' ago' : ''}`;
  return `${complaint.accountName} · ${subject} · open ${plural(complaint.ageDays, 'day')}${heard}`;
}

function useWhen(asOf: IsoDay) {
  const latest = latestTouchMs(asOf);
  const [when, setWhen] = useState(() => toLocalInputValue(Math.min(Date.now(), latest)));
  return { latest, when, setWhen };
}

interface OpenComplaintProps {
  accountId: number;
  subtitle: string;
  asOf: IsoDay;
  onClose: () => void;
  onOpened: (message: string) => void;
}

/** Record a complaint the customer made: it stays open, and counts against the account's health, until resolved. */
export function OpenComplaintDialog({ accountId, subtitle, asOf, onClose, onOpened }: OpenComplaintProps) {
  const { latest, when, setWhen } = useWhen(asOf);
  const [channel, setChannel] = useState<Channel>('ticket');
  const [subject, setSubject] = useState('');
  const [notes, setNotes] = useState('');

  const save = async () => {
    const at = readWhen(when, latest, 'complaint');
    if (!at.ok) throw new FormProblem(at.problem);
    if (subject.trim() === '') throw new FormProblem('Say in a few words what the complaint is about.');
    await call('complaints.open', { accountId, asOf, occurredAt: new Date(at.ms).toISOString(), channel, subject: subject.trim(), notes: orNull(notes) });
    onOpened(`Opened a complaint: “${subject.trim()}”.`);
  };

  return (
    <FormDialog
      title="Open a complaint"
      subtitle={subtitle}
      testId="complaint-open-dialog"
      submitLabel="Open complaint"
      busyLabel="Opening…"
      submitTestId="complaint-open-submit"
      onSubmit={save}
      onClose={onClose}
      wide
    >
      <TextField label="What is it about?" value={subject} onChange={setSubject} maxLength={500} placeholder="Late delivery, wrong invoice…" testId="complaint-subject" />
      <WhenField label="When did they complain?" value={when} onChange={setWhen} latestMs={latest} testId="complaint-when" />
      <SegmentedField label="How did it reach us?" options={CHANNEL_OPTIONS} value={channel} onChange={setChannel} testId="complaint-channel" />
      <TextField label="Details" optional multiline value={notes} onChange={setNotes} maxLength={10_000} placeholder="What did the customer say?" testId="complaint-notes" />
    </FormDialog>
  );
}

interface ComplaintActionProps {
  complaint: ComplaintInfo;
  asOf: IsoDay;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Tell the customer where their complaint stands: our own touch, tied to the complaint, which ends the silence. */
export function ComplaintUpdateDialog({ complaint, asOf, onClose, onDone }: ComplaintActionProps) {
  const { latest, when, setWhen } = useWhen(asOf);
  const [channel, setChannel] = useState<Channel>('email');
  const [notes, setNotes] = useState('');

  const save = async () => {
    const at = readWhen(when, latest, 'update');
    if (!at.ok) throw new FormProblem(at.problem);
    if (notes.trim() === '') throw new FormProblem('Write what you told the customer, so the next person knows where it stands.');
    await call('complaints.update', { complaintId: complaint.complaintId, asOf, occurredAt: new Date(at.ms).toISOString(), channel, notes: notes.trim() });
    onDone(`Sent an update to ${complaint.accountName} about “${complaint.subject ?? 'their complaint'}”.`);
  };

  return (
    <FormDialog
      title="Send an update"
      subtitle={complaintSubtitle(complaint)}
      testId="complaint-update-dialog"
      submitLabel="Record update"
      busyLabel="Saving…"
      submitTestId="complaint-update-submit"
      onSubmit={save}
      onClose={onClose}
      wide
    >
      <TextField
        label="What did you tell them?"
        multiline
        value={notes}
        onChange={setNotes}
        maxLength={10_000}
        placeholder="The fix ships on Friday; we will call once it is live."
        testId="complaint-update-notes"
      />
      <WhenField label="When" value={when} onChange={setWhen} latestMs={latest} testId="complaint-update-when" />
      <SegmentedField label="How" options={CHANNEL_OPTIONS} value={channel} onChange={setChannel} testId="complaint-update-channel" />
    </FormDialog>
  );
}

/** Close a complaint with a note on how it was resolved. */
export function ComplaintResolveDialog({ complaint, asOf, onClose, onDone }: ComplaintActionProps) {
  const { latest, when, setWhen } = useWhen(asOf);
  const [notes, setNotes] = useState('');

  const save = async () => {
    const at = readWhen(when, latest, 'resolution');
    if (!at.ok) throw new FormProblem(at.problem);
    if (Date.parse(complaint.openedAt) > at.ms) throw new FormProblem('A complaint cannot be resolved before it was opened. Pick a later time.');
    if (notes.trim() === '') throw new FormProblem('Write how it was resolved, so the account’s history says so.');
    await call('complaints.resolve', { complaintId: complaint.complaintId, asOf, resolvedAt: new Date(at.ms).toISOString(), notes: notes.trim() });
    onDone(`Resolved “${complaint.subject ?? 'the complaint'}” for ${complaint.accountName}.`);
  };

  return (
    <FormDialog
      title="Resolve the complaint"
      subtitle={complaintSubtitle(complaint)}
      testId="complaint-resolve-dialog"
      submitLabel="Resolve"
      busyLabel="Resolving…"
      submitTestId="complaint-resolve-submit"
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        label="How was it resolved?"
        multiline
        value={notes}
        onChange={setNotes}
        maxLength={10_000}
        placeholder="Credit note issued; customer confirmed on the call."
        testId="complaint-resolve-notes"
      />
      <WhenField label="Resolved on" value={when} onChange={setWhen} latestMs={latest} testId="complaint-resolve-when" />
    </FormDialog>
  );
}
