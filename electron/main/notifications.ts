import { app, Notification, powerMonitor, type BrowserWindow } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TendApi } from '../../shared/contract';
import { MorningNotifier, type MorningMessage } from './morning-notifier';

/**
 * The desktop app's morning notification: "7 customers need you today",
 * once a day at the time set in Settings (see MorningNotifier and
 * decideMorning for when exactly). Clicking it brings the window forward on
 * today's list. Returns a function that stops it.
 *
 * `stateFile` keeps the day it was last shown, so a restart later the same
 * morning does not show it twice.
 */
export function startMorningNotifications(api: TendApi, window: () => BrowserWindow | null, stateFile: string): () => void {
  if (!Notification.isSupported()) return () => {};
  // Shown notifications are kept referenced until clicked or closed: a collected one loses its click handler.
  const showing = new Set<Notification>();
  const notifier = new MorningNotifier({
    api,
    show: (message) => showNotification(message, showing, window),
    lastShown: lastShownFile(stateFile),
    onError: (error) => console.warn(`Tend: the morning notification could not check today's list: ${String(error)}`),
  });
  // A laptop that slept through the morning shows it on waking, not at the next scheduled check.
  const onResume = () => void notifier.check();
  powerMonitor.on('resume', onResume);
  notifier.start();
  return () => {
    notifier.stop();
    powerMonitor.off('resume', onResume);
  };
}

function showNotification(message: MorningMessage, showing: Set<Notification>, window: () => BrowserWindow | null): void {
  const notification = new Notification({ title: message.title, body: message.body });
  showing.add(notification);
  const forget = () => showing.delete(notification);
  notification.on('click', () => {
    forget();
    openTodayList(window());
  });
  notification.on('close', forget);
  notification.show();
}

/** Brings the window to the front (restoring it if minimised) and shows today's list. */
function openTodayList(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  if (process.platform === 'darwin') app.focus({ steal: true });
  // The console routes by its address: a new hash is a navigation it follows (popstate), with no reload.
  void window.webContents.executeJavaScript("if (window.location.hash !== '#today') window.location.hash = '#today';").catch(() => undefined);
}

/** The last shown day in a small JSON file; a missing or unreadable file means "never". */
function lastShownFile(file: string): { read: () => string | null; write: (day: string) => void } {
  return {
    read: () => {
      try {
        const { lastShownDay } = JSON.parse(readFileSync(file, 'utf8')) as { lastShownDay?: unknown };
        return typeof lastShownDay === 'string' ? lastShownDay : null;
      } catch {
        return null;
      }
    },
    write: (day) => {
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed into place, so a crash never leaves half a file.
        writeFileSync(`${file}.tmp`, JSON.stringify({ lastShownDay: day }));
        renameSync(`${file}.tmp`, file);
      } catch (error) {
        console.warn(`Tend: could not remember that the morning notification was shown: ${String(error)}`);
      }
    },
  };
}
