import type { HealthPreview, RankChange } from '../../../shared/api/settings';
import type { IsoDay } from '../../../shared/domain';
import { createHealthScorer, medianValue, needsAttention, priorityFor } from '../../../shared/health/engine';
import { validateHealthSettings } from '../../../shared/health/settings';
import type { HealthSettings } from '../../../shared/health/types';
import { listScoringAccounts } from '../db/accounts-repo';
import { pendingIntros } from '../db/handover-repo';
import { reviewStatesFor } from '../db/review-repo';
import type { BackendContext } from '../context';
import { loadAccountSignals } from './account-signals';
import type { ScoredAccount } from './scoreboard';
import { buildTodayList } from './today';

/** The preview shows the top of the new list; the counts cover all of it. */
const PREVIEW_ROWS = 200;

/**
 * How today's list (for one owner or everyone) would look with candidate
 * settings: every active account scored afresh with the same engine and the
 * same set-based signal queries as a rescore, into a throw-away board. The
 * stored settings and the scoreboard's scores are left exactly as they were.
 */
export async function previewHealthSettings(
  ctx: Pick<BackendContext, 'store' | 'db' | 'scoreboard'>,
  asOf: IsoDay,
  owner: string | null,
  candidate: HealthSettings,
): Promise<HealthPreview> {
  const { db, scoreboard } = ctx;
  await scoreboard.ensure(asOf);
  const reviews = await reviewStatesFor(db, asOf);
  const intros = await pendingIntros(db);
  const before = buildTodayList(scoreboard, reviews, [], owner, asOf, undefined, intros);
  const problems = validateHealthSettings(candidate);
  if (problems.length > 0) return { problems, rows: [], onListBefore: before.total, onListAfter: before.total, joining: 0, leaving: 0 };

  const candidates = scoreWith(await candidateInputs(ctx, candidate, asOf, owner), candidate, asOf);
  const after = buildTodayList({ all: () => candidates }, reviews, [], owner, asOf, undefined, intros);

  const rankBefore = new Map(before.rows.map((row, i) => [row.accountId, i + 1]));
  const afterIds = new Set(after.rows.map((row) => row.accountId));
  const rows: RankChange[] = after.rows.slice(0, PREVIEW_ROWS).map((row, i) => {
    const now = scoreboard.get(row.accountId);
    return {
      accountId: row.accountId,
      name: row.name,
      owner: row.owner,
      value: row.value,
      rankBefore: rankBefore.get(row.accountId) ?? null,
      rankAfter: i + 1,
      scoreBefore: now?.health.score ?? row.score,
      scoreAfter: row.score,
      bandBefore: now?.health.band ?? row.band,
      bandAfter: row.band,
    };
  });
  return {
    problems: [],
    rows,
    onListBefore: before.total,
    onListAfter: after.total,
    joining: after.rows.filter((row) => !rankBefore.has(row.accountId)).length,
    leaving: before.rows.filter((row) => !afterIds.has(row.accountId)).length,
  };
}

interface CandidateInputs {
  accounts: ReturnType<typeof listScoringAccounts>;
  signals: Awaited<ReturnType<typeof loadAccountSignals>>;
  referenceValue: number;
}

/** The accounts to score (one owner's, or all) and their signals under the candidate windows and half-lives. */
async function candidateInputs(ctx: Pick<BackendContext, 'store'>, settings: HealthSettings, asOf: IsoDay, owner: string | null): Promise<CandidateInputs> {
  const all = listScoringAccounts(ctx.store);
  // Priority weighs value against the whole portfolio's median, as the scoreboard does.
  const referenceValue = medianValue(all.map((a) => a.value)) || 1;
  const accounts = owner === null ? all : all.filter((a) => a.owner === owner);
  const signals = await loadAccountSignals(ctx.store, settings, asOf, accounts);
  return { accounts, signals, referenceValue };
}

function scoreWith({ accounts, signals, referenceValue }: CandidateInputs, settings: HealthSettings, asOf: IsoDay): ScoredAccount[] {
  const score = createHealthScorer(settings, asOf);
  return accounts.map((account) => {
    const accountSignals = signals.get(account.id)!;
    const result = score(accountSignals);
    const { factors: _breakdown, ...health } = result;
    return {
      account,
      health,
      priority: priorityFor(result, account.value, referenceValue),
      needsAttention: needsAttention(result),
      lastOurContactAt: accountSignals.lastOurContactAt,
    };
  });
}
