import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

interface RovingRowsOptions {
  /** The rows' keys in the order they are shown. */
  keys: readonly string[];
  /** The element holding the rows; each row element carries `data-row-key`. */
  containerRef: RefObject<HTMLElement | null>;
  /** Brings a row into view, e.g. a virtualiser's scrollToIndex (the row may not be rendered yet). */
  scrollToIndex: (index: number) => void;
  /** Rows per page for PageUp / PageDown. */
  pageSize?: () => number;
}

export interface RovingRows {
  /** The row that is the list's one Tab stop (-1 when there are no rows). */
  activeIndex: number;
  activeKey: string | null;
  /** Call from each row's onFocus (it bubbles): the keyboard carries on from wherever the user clicked or tabbed. */
  onRowFocus: (key: string) => void;
  /** Moves keyboard focus to a row, scrolling it into view first. */
  focusRow: (index: number) => void;
  /** ↑ ↓ (and k j), Home, End, PageUp, PageDown: moves focus and returns true when the key was one of those. */
  handleMoveKey: (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) => boolean;
}

const DEFAULT_PAGE = () => 10;

/**
 * Keyboard movement through a (virtualised) list of rows with a roving
 * tabindex: exactly one row is in the Tab order (`tabIndex={index ===
 * activeIndex ? 0 : -1}`) and the arrow keys move focus between rows. The
 * row remembered is the same one after a re-sort; when the row the keyboard
 * is on leaves its place (done, removed), the row now in that place takes
 * over, so the user carries on down the list.
 *
 * @example
 * const roving = useRovingRows({ keys, containerRef, scrollToIndex: (i) => virtualizer.scrollToIndex(i) });
 * <div ref={containerRef} onKeyDown={(e) => roving.handleMoveKey(e) && e.preventDefault()}>
 *   {rows.map((row, i) => <div key={row.id} data-row-key={row.id} tabIndex={i === roving.activeIndex ? 0 : -1}
 *     onFocus={() => roving.onRowFocus(row.id)} />)}
 * </div>
 */
export function useRovingRows({ keys, containerRef, scrollToIndex, pageSize = DEFAULT_PAGE }: RovingRowsOptions): RovingRows {
  const [active, setActive] = useState<{ key: string | null; index: number }>({ key: null, index: 0 });
  const pendingFocus = useRef<string | null>(null);

  const activeIndex = useMemo(() => {
    if (keys.length === 0) return -1;
    const found = active.key === null ? -1 : keys.indexOf(active.key);
    return found >= 0 ? found : Math.min(active.index, keys.length - 1);
  }, [keys, active]);
  const activeKey = activeIndex >= 0 ? (keys[activeIndex] ?? null) : null;

  const rowElement = useCallback(
    (key: string) => containerRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`) ?? null,
    [containerRef],
  );

  const focusRow = useCallback(
    (index: number) => {
      const key = keys[index];
      if (key === undefined) return;
      setActive({ key, index });
      scrollToIndex(index);
      const element = rowElement(key);
      if (element) {
        element.focus({ preventScroll: true });
        pendingFocus.current = null;
      } else {
        // Not rendered yet: focus it once the virtualiser has drawn it (see the effect below).
        pendingFocus.current = key;
      }
    },
    [keys, scrollToIndex, rowElement],
  );

  // Every render may be the one that draws a row waiting for focus.
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const element = rowElement(key);
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  // When the list changes under the keyboard (the focused account was logged and sank, or was snoozed away),
  // the keyboard stays in its place: the row that now stands there takes focus, ready for the next key.
  const before = useRef({ keys, index: activeIndex });
  useLayoutEffect(() => {
    const previous = before.current;
    before.current = { keys, index: activeIndex };
    if (previous.keys === keys || previous.index < 0 || keys.length === 0) return;
    const leftKey = previous.keys[previous.index];
    if (leftKey === undefined || keys.indexOf(leftKey) === previous.index) return;
    const focused = document.activeElement;
    const focusLost = focused === null || focused === document.body;
    if (focusLost || rowElement(leftKey)?.contains(focused)) focusRow(Math.min(previous.index, keys.length - 1));
  }, [keys, activeIndex, rowElement, focusRow]);

  const onRowFocus = useCallback(
    (key: string) => {
      setActive((current) => (current.key === key ? current : { key, index: Math.max(0, keys.indexOf(key)) }));
    },
    [keys],
  );

  const handleMoveKey = useCallback(
    (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) => {
      if (event.ctrlKey || event.metaKey || event.altKey || keys.length === 0) return false;
      const from = Math.max(activeIndex, 0);
      const last = keys.length - 1;
      let to: number;
      switch (event.key) {
        case 'ArrowDown':
        case 'j':
          to = Math.min(from + 1, last);
          break;
        case 'ArrowUp':
        case 'k':
          to = Math.max(from - 1, 0);
          break;
        case 'Home':
          to = 0;
          break;
        case 'End':
          to = last;
          break;
        case 'PageDown':
          to = Math.min(from + pageSize(), last);
          break;
        case 'PageUp':
          to = Math.max(from - pageSize(), 0);
          break;
        default:
          return false;
      }
      focusRow(to);
      return true;
    },
    [keys, activeIndex, focusRow, pageSize],
  );

  return useMemo(() => ({ activeIndex, activeKey, onRowFocus, focusRow, handleMoveKey }), [activeIndex, activeKey, onRowFocus, focusRow, handleMoveKey]);
}
