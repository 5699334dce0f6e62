import { DropdownMenu } from 'radix-ui';
import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AccountListRow } from '../../shared/api/accounts';
import { MenuItem, MenuSeparator } from '../ui/menu';
import { AccountActionsContext } from './account-actions';
import { useRowTabIndex } from './grid-focus';

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * A row's "⋯" menu: open, edit, hand over, churn or reactivate one account.
 * Until it is opened it is a plain button: a Radix menu in each of the ~40
 * rendered rows doubled the cost of drawing rows while scrolling 50,000
 * accounts, so the menu is only built for the row that asks for it.
 */
export function RowMenu({ row }: { row: AccountListRow }) {
  const actions = useContext(AccountActionsContext);
  const tabIndex = useRowTabIndex(String(row.id));
  const [open, setOpen] = useState(false);
  const wasOpen = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // The menu's own button goes away with it: give focus back to the plain one, unless the user has moved on.
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      if (document.activeElement === document.body || document.activeElement === null) buttonRef.current?.focus();
    }
  }, [open]);

  if (!actions) return null;
  const label = `Actions — ${row.name}`;
  if (!open) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost button--small row-menu__trigger"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        tabIndex={tabIndex}
        onClick={() => setOpen(true)}
        onKeyDown={(event: KeyboardEvent) => {
          if (!OPENING_KEYS.has(event.key)) return;
          event.preventDefault();
          setOpen(true);
        }}
        data-testid="row-menu"
      >
        <span aria-hidden="true">⋯</span>
      </button>
    );
  }
  return (
    <DropdownMenu.Root open modal={false} onOpenChange={(next) => !next && setOpen(false)}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button button--ghost button--small row-menu__trigger" aria-label={label} tabIndex={tabIndex} data-testid="row-menu">
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6} collisionPadding={8} data-testid="row-menu-content" aria-label={`Actions for ${row.name}`}>
          <MenuItem onSelect={() => actions.open(row)} testId="row-open">
            Open account
          </MenuItem>
          <MenuItem onSelect={() => actions.edit(row)} testId="row-edit">
            Edit…
          </MenuItem>
          {row.status === 'active' && (
            <MenuItem onSelect={() => actions.handOver([row])} testId="row-handover">
              Hand over…
            </MenuItem>
          )}
          <MenuSeparator />
          {row.status === 'active' ? (
            <MenuItem onSelect={() => actions.churn(row)} tone="danger" testId="row-churn">
              Mark churned…
            </MenuItem>
          ) : (
            <MenuItem onSelect={() => actions.reactivate(row)} testId="row-reactivate">
              Reactivate
            </MenuItem>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
