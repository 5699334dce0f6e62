import { Dialog } from 'radix-ui';
import { DialogFrame, useReturnFocus } from './dialog-frame';

export interface Shortcut {
  /** Each alternative is one chord, its keys pressed together: [['↓'], ['J']] or [['Ctrl', 'Enter']]. */
  keys: readonly (readonly string[])[];
  /** What it does, in the user's words: "Log a touch with the account". */
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** The platform's name for the key that goes with Enter to submit from a note: ⌘ on a Mac, Ctrl elsewhere. */
export const SUBMIT_MODIFIER = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** One chord drawn as keycaps: Ctrl + Enter. */
export function KeyChord({ keys }: { keys: readonly string[] }) {
  return (
    <span className="key-chord">
      {keys.map((key, index) => (
        <span key={key} className="key-chord__part">
          {index > 0 && (
            <span className="key-chord__plus" aria-hidden="true">
              +
            </span>
          )}
          <kbd>{key}</kbd>
        </span>
      ))}
    </span>
  );
}

/**
 * The "Keyboard shortcuts" help a screen opens with ?: its keys, grouped, in
 * a dialog that Esc closes.
 */
export function ShortcutsDialog({ groups, onClose }: { groups: readonly ShortcutGroup[]; onClose: () => void }) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogFrame testId="shortcuts-dialog" describedBy="none" onCloseAutoFocus={returnFocus}>
        <header className="dialog__header">
          <Dialog.Title className="dialog__title">Keyboard shortcuts</Dialog.Title>
        </header>
        <div className="dialog__body shortcuts">
          {groups.map((group) => (
            <section key={group.title} className="shortcuts__group" aria-label={group.title}>
              <h3 className="shortcuts__title">{group.title}</h3>
              <dl className="shortcuts__list">
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.action} className="shortcuts__row">
                    <dt className="shortcuts__keys">
                      {shortcut.keys.map((chord, index) => (
                        <span key={chord.join('+')} className="shortcuts__chord">
                          {index > 0 && <span className="shortcuts__or">or</span>}
                          <KeyChord keys={chord} />
                        </span>
                      ))}
                    </dt>
                    <dd className="shortcuts__action">{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <footer className="dialog__footer">
          <Dialog.Close className="button button--primary">Done</Dialog.Close>
        </footer>
      </DialogFrame>
    </Dialog.Root>
  );
}
