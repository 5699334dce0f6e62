import { SUBMIT_MODIFIER, type ShortcutGroup } from '../ui/shortcuts-dialog';

/** Today's list's keys, as the ? help lists them (the handlers are in use-today-keys.ts). */
export const TODAY_SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: "Today's list",
    shortcuts: [
      { keys: [['↓'], ['J']], action: 'Next account' },
      { keys: [['↑'], ['K']], action: 'Previous account' },
      { keys: [['Home'], ['End']], action: 'First or last account' },
      { keys: [['Enter']], action: "Open the account's page" },
      { keys: [['L']], action: 'Log a touch' },
      { keys: [['R']], action: 'Mark reviewed for today' },
      { keys: [['S']], action: 'Snooze' },
      { keys: [['/']], action: 'Filter the list' },
      { keys: [['?']], action: 'Show these shortcuts' },
    ],
  },
  {
    title: 'Logging a touch',
    shortcuts: [
      { keys: [['←'], ['→']], action: 'Choose the channel, direction or how it went' },
      { keys: [['Tab']], action: 'Next field' },
      { keys: [['Enter']], action: 'Log the touch' },
      { keys: [[SUBMIT_MODIFIER, 'Enter']], action: 'Log the touch from the note' },
      { keys: [['Esc']], action: 'Close without logging' },
    ],
  },
];
