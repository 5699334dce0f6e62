import { useEffect, useMemo, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { ReportSpec } from '../../shared/api/reports';
import { todayUtc } from '../dates';
import { call } from '../platform/client';
import { hasNativeFilePicker } from '../platform/files';
import { ChoiceGroup } from '../ui/choice-group';
import { useReturnFocus } from '../ui/dialog-frame';
import { errorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { Tabs } from '../ui/tabs';
import { AccountFields } from './account-fields';
import type { PickedAccount } from './account-picker';
import { PortfolioFields } from './portfolio-fields';
import { FORMAT_HINTS, FORMAT_LABELS, formatsFor, initialChoices, reportSpec, withKind, type ReportChoices, type ReportKind } from './report-choices';
import { rememberContactLine, rememberedContactLine, rememberedPaper, rememberPaper } from './report-memory';
import { ReportPreviewPane } from './report-preview';
import { useReportPreview } from './use-report-preview';
import { useSaveReport } from './use-save-report';

/** Where the dialog was opened: an account's page, or a list of one owner's (or everyone's) accounts. */
export type ExportReportStart = { kind: 'account'; accountId: number } | { kind: 'portfolio'; owner: string | null };

const PAPERS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
] as const;

/**
 * The export dialog: which report, for whom, which days, in which format,
 * with a live preview of the report as it will read, then Save (the native
 * save dialog in the desktop app, a download in the browser console).
 */
export function ExportReportDialog({ start, onClose }: { start: ExportReportStart; onClose: () => void }) {
  const [today] = useState(todayUtc);
  const [choices, setChoices] = useState<ReportChoices>(() => {
    const initial = initialChoices(start, today, navigator.language);
    return { ...initial, paper: rememberedPaper() ?? initial.paper };
  });
  const change = (patch: Partial<ReportChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const { account, accountLoading, accountError, pickAccount } = useChosenAccount(start, change);
  const owners = useOwners();

  const built = reportSpec(choices, today);
  const spec = 'spec' in built ? built.spec : null;
  const problem = 'problem' in built ? built.problem : null;
  const preview = useReportPreview(spec);
  const suggestion = useMemo(() => suggestionFor(choices, preview.shownKey, preview.preview?.suggestedNextSteps), [choices, preview.shownKey, preview.preview]);
  const { save, saving, error: saveError } = useSaveReport();
  const returnFocus = useReturnFocus();

  const desktop = hasNativeFilePicker();
  const formatLabel = FORMAT_LABELS[choices.format];
  const submit = async () => {
    if (!spec || saving) return;
    const saved = await save({ spec, format: choices.format, paper: choices.format === 'pdf' ? choices.paper : undefined });
    if (!saved) return;
    if (choices.format === 'pdf') rememberPaper(choices.paper);
    if (choices.kind === 'account' && account) rememberContactLine(account.owner, choices.contactLine);
    onClose();
  };

  const subtitle =
    choices.kind === 'account'
      ? `A status update ${account ? `for ${account.name}` : 'for one customer'}: what you did together, their complaints, and what happens next.`
      : `Health, movers, complaints and pain points across ${choices.owner ? `${choices.owner}'s accounts` : "everyone's accounts"}.`;

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !saving && onClose()}>
      <Dialog.Portal>
        {/* The backdrop is a plain element, as in every dialog: Radix's Overlay injects a <style>, which the CSP refuses. */}
        <div className="dialog-layer">
          <Dialog.Content className="dialog report-dialog" data-testid="report-dialog" aria-busy={saving} onCloseAutoFocus={returnFocus}>
            <header className="dialog__header">
              <Dialog.Title className="dialog__title">Export a report</Dialog.Title>
              <Dialog.Description className="dialog__subtitle">{subtitle}</Dialog.Description>
            </header>
            <div className="report-dialog__body">
              <div className="report-dialog__options">
                <Tabs
                  label="Report"
                  className="report-tabs"
                  value={choices.kind}
                  onChange={(kind: ReportKind) => setChoices((current) => withKind(current, kind))}
                  tabs={[
                    {
                      value: 'account',
                      label: 'Account update',
                      testId: 'report-kind-account',
                      content: (
                        <div className="report-fields">
                          {accountError && (
                            <p className="field__problem" role="alert">
                              {accountError}
                            </p>
                          )}
                          <AccountFields
                            choices={choices}
                            change={change}
                            account={account}
                            accountLoading={accountLoading}
                            onPickAccount={pickAccount}
                            preferOwner={start.kind === 'portfolio' ? start.owner : null}
                            today={today}
                            suggestion={suggestion}
                          />
                        </div>
                      ),
                    },
                    {
                      value: 'portfolio',
                      label: 'Portfolio report',
                      testId: 'report-kind-portfolio',
                      content: (
                        <div className="report-fields">
                          <PortfolioFields choices={choices} change={change} owners={owners} today={today} />
                        </div>
                      ),
                    },
                  ]}
                />
              </div>
              <ReportPreviewPane state={preview} problem={problem} internal={choices.kind === 'account' && choices.internal} />
            </div>
            {saveError && (
              <p className="dialog__error" role="alert" data-testid="dialog-error">
                {saveError}
              </p>
            )}
            <footer className="dialog__footer report-dialog__footer">
              <div className="report-format">
                <ChoiceGroup
                  legend="Format"
                  choices={formatsFor(choices.kind).map((format) => ({ value: format, label: FORMAT_LABELS[format] }))}
                  value={choices.format}
                  onChange={(format) => change({ format })}
                  testId="report-format"
                />
                {choices.format === 'pdf' && (
                  <ChoiceGroup legend="Paper" choices={PAPERS} value={choices.paper} onChange={(paper) => change({ paper })} testId="report-paper" />
                )}
                <p className="report-format__hint">{FORMAT_HINTS[choices.format]}</p>
              </div>
              <Dialog.Close asChild>
                <button type="button" className="button button--ghost" disabled={saving}>
                  Cancel
                </button>
              </Dialog.Close>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void submit()}
                disabled={saving || spec === null}
                aria-busy={saving}
                data-testid="report-save"
              >
                {saving && <Spinner size="s" />}
                {saving ? `Preparing the ${formatLabel}…` : `${desktop ? 'Save' : 'Download'} ${formatLabel}${desktop ? '…' : ''}`}
              </button>
            </footer>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The account an update is about: fetched by id when the dialog opens on an account's page, or picked in the dialog. */
function useChosenAccount(start: ExportReportStart, change: (patch: Partial<ReportChoices>) => void) {
  const startId = start.kind === 'account' ? start.accountId : null;
  const [account, setAccount] = useState<PickedAccount | null>(null);
  const [accountLoading, setLoading] = useState(startId !== null);
  const [accountError, setError] = useState<string | null>(null);

  useEffect(() => {
    if (startId === null) return;
    let current = true;
    call('accounts.get', { accountId: startId }).then(
      (record) => {
        if (!current) return;
        setAccount({ id: record.id, name: record.name, owner: record.owner, externalId: record.externalId });
        change({ contactLine: rememberedContactLine(record.owner) });
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `change` only sets state; the account is fetched once per dialog.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [startId]);

  const pickAccount = (picked: PickedAccount) => {
    setAccount(picked);
    setError(null);
    // A new account has its own suggested next steps, and its own manager's contact line.
    change({ accountId: picked.id, nextSteps: null, contactLine: rememberedContactLine(picked.owner) });
  };
  return { account, accountLoading, accountError, pickAccount };
}

/** The owners to offer for the portfolio report. */
function useOwners(): string[] {
  const [owners, setOwners] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    // Without the list, the dialog still offers "Everyone" and the owner it was opened for.
    call('store.summary', {}).then((summary) => current && setOwners(summary.owners), () => undefined);
    return () => {
      current = false;
    };
  }, []);
  return owners;
}

/**
 * The suggested next steps to show, once a preview of this account and period
 * has arrived (a preview of the previous account's would suggest the wrong
 * things); null while it is on its way.
 */
function suggestionFor(choices: ReportChoices, shownKey: string | null, suggested: string | null | undefined): string | null {
  if (choices.kind !== 'account' || shownKey === null) return null;
  const shown = JSON.parse(shownKey) as ReportSpec;
  if (shown.kind !== 'account' || shown.accountId !== choices.accountId || shown.from !== choices.period.from || shown.to !== choices.period.to) return null;
  return suggested ?? '';
}
