import type { KeyboardEvent } from 'react';

const CHOICE_ROLES = new Set(['radio', 'checkbox', 'switch']);

/**
 * Whether Enter on this element should submit its form. Text fields do
 * (date and time fields too); choice buttons (Radix radios, checkboxes,
 * switches) do, because they swallow Enter themselves; a multi-line note only
 * with Ctrl or ⌘ held, so plain Enter still starts a new line. Buttons, lists
 * and menus keep Enter for themselves.
 */
export function submitsOnEnter(target: Element, withModifier: boolean): boolean {
  if (target instanceof HTMLTextAreaElement) return withModifier;
  if (target instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'file', 'checkbox', 'radio'].includes(target.type);
  if (target instanceof HTMLButtonElement) return CHOICE_ROLES.has(target.getAttribute('role') ?? '');
  return false;
}

/**
 * A form's onKeyDown that makes Enter submit from every field (see
 * submitsOnEnter). Keys from portals rendered inside the form's React tree
 * (an open Select's list) are left alone: they do not sit inside the form.
 *
 * @example <form onSubmit={save} onKeyDown={submitOnEnter}>…</form>
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.shiftKey || event.altKey) return;
  const form = event.currentTarget;
  const target = event.target;
  if (!(target instanceof Element) || !form.contains(target)) return;
  if (!submitsOnEnter(target, event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  form.requestSubmit();
}
