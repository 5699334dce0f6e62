import type { TodayRow } from '../../shared/contract';
import { BAND_LABELS } from '../../shared/domain';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend/backend';
import { toTodayRow } from '../backend/services/today';
import type { CliOptions } from './args';
import { toJsonRow } from './rows-json';
import { formatTable, type Column } from './table';

export interface Output {
  out: (text: string) => void;
}

/** A backend failure the user must read: the CLI prints its message and exits 2. */
export class CommandError extends Error {}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CommandError(result.error.message);
  return result.value;
}

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const ROW_COLUMNS: Column<TodayRow>[] = [
  { header: 'Account', value: (r) => `${r.name} (${r.externalId})`, max: 40 },
  { header: 'Owner', value: (r) => r.owner, max: 18 },
  { header: 'Band', value: (r) => BAND_LABELS[r.band] },
  { header: 'Score', value: (r) => String(r.score), align: 'right' },
  { header: 'Priority', value: (r) => r.priority.toFixed(1), align: 'right' },
  { header: 'Days', value: (r) => (r.daysSinceContact === null ? 'never' : String(r.daysSinceContact)), align: 'right' },
  { header: 'Complaints', value: (r) => (r.openComplaints ? `${r.openComplaints} (${r.oldestOpenComplaintDays}d)` : '—'), align: 'right' },
  { header: 'Value', value: (r) => money.format(r.value), align: 'right' },
  { header: 'Why', value: (r) => r.reasons[0]?.text ?? '', max: 90 },
];

export async function demoCommand(backend: Backend, asOf: string, options: CliOptions, io: Output): Promise<void> {
  const loaded = unwrap(await backend.api['demo.load']({ asOf }));
  if (options.json) io.out(JSON.stringify({ ...loaded, as_of: asOf, db: backend.store.file }));
  else io.out(`Loaded the sample portfolio: ${loaded.accounts} accounts and ${loaded.touchpoints} touchpoints into ${backend.store.file}.\nTry: npm run tend -- today`);
}

export async function todayCommand(backend: Backend, asOf: string, options: CliOptions, io: Output): Promise<void> {
  const owner = options.owner ?? null;
  const list = unwrap(await backend.api['today.list']({ asOf, owner }));
  if (owner !== null && !list.owners.includes(owner)) {
    throw new CommandError(`No accounts are owned by "${owner}". Owners: ${list.owners.join(', ') || 'none yet'}.`);
  }
  const rows = list.rows.filter((r) => !r.reviewed && !r.touchedToday).slice(0, options.limit ?? Infinity);
  if (options.json) {
    io.out(JSON.stringify(rows.map(toJsonRow), null, 2));
    return;
  }
  const who = owner ?? 'everyone';
  if (rows.length === 0) {
    io.out(`Nobody needs attention for ${who} on ${asOf}. ${list.reached ? `${list.reached} already reached today.` : ''}`.trim());
    return;
  }
  io.out(`Today's list for ${who}, as of ${asOf}: ${list.rows.length} accounts need attention, ${list.reached} reached today${list.snoozed ? `, ${list.snoozed} snoozed` : ''}.\n`);
  io.out(formatTable(rows, [{ header: '#', value: (r) => String(rows.indexOf(r) + 1), align: 'right' }, ...ROW_COLUMNS]));
}

export async function scoreCommand(backend: Backend, asOf: string, options: CliOptions, io: Output): Promise<void> {
  const stats = await backend.scoreboard.rescoreAll(asOf);
  const rows = [...backend.scoreboard.all()]
    .map((scored) => toTodayRow(scored, asOf, undefined))
    .sort((a, b) => a.score - b.score || b.priority - a.priority || a.name.localeCompare(b.name));
  if (options.json) {
    io.out(JSON.stringify(rows.map(toJsonRow), null, 2));
    return;
  }
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.band, (counts.get(row.band) ?? 0) + 1);
  const summary = (['neglected', 'at_risk', 'watch', 'healthy'] as const).map((b) => `${counts.get(b) ?? 0} ${BAND_LABELS[b].toLowerCase()}`).join(', ');
  io.out(`Scored ${stats.accounts} active accounts as of ${asOf} in ${Math.round(stats.millis)} ms: ${summary}.\n`);
  io.out(formatTable(rows, ROW_COLUMNS));
}
