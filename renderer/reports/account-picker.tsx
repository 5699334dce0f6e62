import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';
import type { IsoDay } from '../../shared/domain';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';
import { plural } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { matchAccounts } from './account-search';

/** The account an update is about, as the dialog names it. */
export interface PickedAccount {
  id: number;
  name: string;
  owner: string;
  externalId: string;
}

const SHOWN = 8;

interface AccountPickerProps {
  /** The chosen account; null while none is chosen (or its name is still loading, when `loading`). */
  account: PickedAccount | null;
  loading: boolean;
  asOf: IsoDay;
  /** Offered first: the accounts of the owner whose list the dialog was opened from. */
  preferOwner: string | null;
  onPick: (account: PickedAccount) => void;
}

/** Which account the update is for: the chosen one with a way to change it, or a search over active accounts. */
export function AccountPicker({ account, loading, asOf, preferOwner, onPick }: AccountPickerProps) {
  const [searching, setSearching] = useState(account === null && !loading);
  const labelId = useId();

  if (!searching && (account || loading)) {
    return (
      <div className="field">
        <span id={labelId} className="field__label">
          Account
        </span>
        <div className="picked-account" aria-labelledby={labelId} data-testid="report-account">
          {account ? (
            <span className="picked-account__name">
              {account.name}
              <span className="picked-account__meta">
                {account.externalId} · {account.owner}
              </span>
            </span>
          ) : (
            <span className="picked-account__name muted">
              <Spinner size="s" /> Loading the account…
            </span>
          )}
          <button type="button" className="link-button" onClick={() => setSearching(true)} data-testid="report-account-change">
            Change
          </button>
        </div>
      </div>
    );
  }
  return (
    <AccountSearch
      asOf={asOf}
      preferOwner={preferOwner}
      onPick={(picked) => {
        onPick(picked);
        setSearching(false);
      }}
      onCancel={account ? () => setSearching(false) : undefined}
    />
  );
}

function AccountSearch({ asOf, preferOwner, onPick, onCancel }: { asOf: IsoDay; preferOwner: string | null; onPick: (account: PickedAccount) => void; onCancel?: () => void }) {
  // Keyed by attempt, so "Try again" shows loading again until its own answer arrives.
  const [loaded, setLoaded] = useState<{ attempt: number; rows: AccountListRow[] | null; error: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();

  useEffect(() => {
    let current = true;
    call('accounts.list', { asOf }).then(
      (list) => current && setLoaded({ attempt, rows: list.rows, error: null }),
      (failure: unknown) => current && setLoaded({ attempt, rows: null, error: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [asOf, attempt]);
  const settled = loaded?.attempt === attempt ? loaded : null;
  const rows = settled?.rows ?? null;
  const error = settled?.error ?? null;

  const matches = useMemo(() => (rows ? matchAccounts(rows, text, preferOwner) : []), [rows, text, preferOwner]);
  const shown = matches.slice(0, SHOWN);
  const highlighted = shown[Math.min(active, shown.length - 1)];

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (Math.min(i, shown.length - 1) + step + shown.length) % shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (highlighted) onPick(toPicked(highlighted));
    }
  };

  return (
    <div className="field account-search">
      <label htmlFor={inputId} className="field__label">
        Account
      </label>
      <div className="account-search__bar">
        <input
          id={inputId}
          className="input"
          type="search"
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={highlighted ? `${listId}-${highlighted.id}` : undefined}
          placeholder="Type an account's name or id"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={keyDown}
          autoComplete="off"
          spellCheck={false}
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- the user asked to choose an account: typing is the next step.
          autoFocus
          data-testid="report-account-search"
        />
        {onCancel && (
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            Keep
          </button>
        )}
      </div>
      {error ? (
        <p className="field__problem" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      ) : rows === null ? (
        <p className="field__hint">
          <Spinner size="s" /> Loading accounts…
        </p>
      ) : (
        <>
          <ul id={listId} className="account-search__results" role="listbox" aria-label="Matching accounts" data-testid="report-account-results">
            {shown.map((row) => (
              <li
                key={row.id}
                id={`${listId}-${row.id}`}
                role="option"
                aria-selected={row === highlighted}
                className="account-search__option"
                onPointerDown={(event) => event.preventDefault()}
                onClick={() => onPick(toPicked(row))}
                data-testid="report-account-option"
              >
                <span className="account-search__name">{row.name}</span>
                <span className="account-search__meta">
                  {row.externalId} · {row.owner}
                </span>
              </li>
            ))}
          </ul>
          <p className="field__hint">
            {matches.length === 0
              ? text.trim()
                ? `No active account matches “${text.trim()}”.`
                : 'There are no active accounts yet.'
              : matches.length > SHOWN
                ? text.trim()
                  ? `${plural(matches.length, 'account')} match; type more of the name to narrow them down.`
                  : `${plural(matches.length, 'active account')}: type a name or id to find one.`
                : null}
          </p>
        </>
      )}
    </div>
  );
}

function toPicked(row: AccountListRow): PickedAccount {
  return { id: row.id, name: row.name, owner: row.owner, externalId: row.externalId };
}
