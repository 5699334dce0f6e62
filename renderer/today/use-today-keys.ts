import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { TodayRow } from '../../shared/contract';
import { useNavigation } from '../navigation';
import type { RovingRows } from '../ui/use-roving-rows';
import { isReached, type RowActions } from './row-actions';

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"]';
// Keys pressed in a dialog, a menu or a list box belong to it, not to the page behind.
const OWN_KEYS = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';
// Widgets that move with the arrow keys themselves; anywhere else ↓ and ↑ (j, k) take the keyboard to the list.
const OWN_ARROWS = '[role="radiogroup"], [role="tablist"], [role="slider"], [role="grid"], [role="tree"], [role="table"], [role="toolbar"]';

const isTyping = (target: EventTarget | null) => target instanceof Element && target.closest(TYPING) !== null;
const hasModifier = (event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean }) => event.ctrlKey || event.metaKey || event.altKey;

interface TodayKeysOptions {
  rows: readonly TodayRow[];
  roving: RovingRows;
  actions: RowActions | null;
}

/**
 * Today's list from the keyboard (listed for users in today-shortcuts.ts):
 * on a row, ↑ ↓ j k Home End move, Enter opens the account, L logs a touch,
 * R marks it reviewed, S snoozes it; anywhere on the screen, / goes to the
 * filter and ? shows the shortcuts. Keys typed into a field, or with Ctrl,
 * ⌘ or Alt held, are never taken.
 */
export function useTodayKeys({ rows, roving, actions }: TodayKeysOptions) {
  const { go } = useNavigation();
  const [helpOpen, setHelpOpen] = useState(false);

  // On the rows' container: keys from a row, or from a button inside one.
  const onRowsKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || hasModifier(event) || isTyping(event.target)) return;
      if (roving.handleMoveKey(event)) {
        event.preventDefault();
        return;
      }
      const rowElement = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row-key]') : null;
      const row = rowElement ? rows.find((r) => String(r.accountId) === rowElement.dataset.rowKey) : undefined;
      if (!row) return;
      const key = event.key.toLowerCase();
      // Enter on a button inside the row presses that button; on the row itself it opens the account.
      if (event.key === 'Enter' && event.target === rowElement) go({ section: 'account', accountId: row.accountId });
      else if (key === 'l' && actions) actions.logTouch(row);
      else if (key === 'r' && actions && !isReached(row) && actions.busyAccountId !== row.accountId) actions.markReviewed(row);
      else if (key === 's' && actions) actions.snooze(row);
      else return;
      event.preventDefault();
    },
    [roving, rows, actions, go],
  );

  // Screen-wide keys, and the first ↓ from outside the list (nothing focused yet, a toolbar button…).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest(OWN_KEYS)) return;
      if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[role="search"] input');
        if (!search) return;
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (['ArrowDown', 'ArrowUp', 'j', 'k'].includes(event.key) && roving.activeIndex >= 0) {
        if (event.target instanceof Element && event.target.closest(OWN_ARROWS)) return;
        event.preventDefault();
        roving.focusRow(roving.activeIndex);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [roving]);

  // ↓ from the column headers enters the rows where the keyboard last was.
  const onHeadKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'ArrowDown' || hasModifier(event) || roving.activeIndex < 0) return;
      event.preventDefault();
      event.stopPropagation();
      roving.focusRow(roving.activeIndex);
    },
    [roving],
  );

  return { onRowsKeyDown, onHeadKeyDown, helpOpen, openHelp: () => setHelpOpen(true), closeHelp: () => setHelpOpen(false) };
}
