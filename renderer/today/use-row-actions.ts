import { useCallback, useMemo, useState } from 'react';
import type { TodayRow } from '../../shared/contract';
import type { IsoDay } from '../../shared/domain';
import { formatDayShort } from '../dates';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { useToast } from '../ui/toast';
import type { LoggedTouchDetails } from './log-touch-dialog';
import type { RowActions } from './row-actions';

export type OpenDialog = { kind: 'log-touch'; account: TodayRow } | { kind: 'snooze'; account: TodayRow };

const CHANNEL_WORDS = { call: 'a call', email: 'an email', meeting: 'a meeting', message: 'a message', other: 'a touch' } as const;

/**
 * What the row buttons do: open the log-touch and snooze dialogs, mark an
 * account reviewed, and after any change re-fetch the list (so it re-scores
 * and re-orders) and confirm in a toast, with Undo where it makes sense.
 */
export function useRowActions(asOf: IsoDay, reload: () => Promise<void>, onAccountDone: () => void) {
  const toast = useToast();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [busyAccountId, setBusyAccountId] = useState<number | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const undo = useCallback(
    async (account: TodayRow, what: string) => {
      try {
        await call('review.clear', { accountId: account.accountId, day: asOf });
        await reload();
        toast({ message: `${account.name} is back on today's list.`, tone: 'info' });
      } catch (failure) {
        setActionError(`Could not undo ${what} for ${account.name}: ${errorMessage(failure)}`);
      }
    },
    [asOf, reload, toast],
  );

  const markReviewed = useCallback(
    async (account: TodayRow) => {
      setBusyAccountId(account.accountId);
      setActionError(null);
      try {
        await call('review.markReviewed', { accountId: account.accountId, day: asOf });
        await reload();
        toast({ message: `Marked ${account.name} as reviewed for today.`, action: { label: 'Undo', run: () => void undo(account, 'the review') } });
      } catch (failure) {
        setActionError(`Could not mark ${account.name} as reviewed: ${errorMessage(failure)}`);
      } finally {
        setBusyAccountId(null);
      }
    },
    [asOf, reload, toast, undo],
  );

  const rowActions = useMemo<RowActions>(
    () => ({
      logTouch: (account) => setDialog({ kind: 'log-touch', account }),
      snooze: (account) => setDialog({ kind: 'snooze', account }),
      markReviewed: (account) => void markReviewed(account),
      busyAccountId,
    }),
    [markReviewed, busyAccountId],
  );

  const closeDialog = useCallback(() => setDialog(null), []);

  const touchLogged = useCallback(
    async (account: TodayRow, { logged, channel, direction }: LoggedTouchDetails) => {
      setDialog(null);
      const preposition = direction === 'inbound' ? 'from' : 'with';
      const before = account.score;
      const after = logged.row.score;
      onAccountDone();
      await reload();
      toast({ message: `Logged ${CHANNEL_WORDS[channel]} ${preposition} ${account.name} — score ${before} → ${after}` });
    },
    [reload, toast, onAccountDone],
  );

  const snoozed = useCallback(
    async (account: TodayRow, until: IsoDay) => {
      setDialog(null);
      onAccountDone();
      await reload();
      toast({ message: `Snoozed ${account.name} until ${formatDayShort(until)}.`, action: { label: 'Undo', run: () => void undo(account, 'the snooze') } });
    },
    [reload, toast, undo, onAccountDone],
  );

  return { dialog, closeDialog, rowActions, touchLogged, snoozed, actionError, clearActionError: () => setActionError(null) };
}
