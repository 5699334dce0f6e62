import { accountViewState, type AccountViewState, type SavedView } from '../../../shared/api/accounts';
import { deleteView, listViews, upsertView } from '../db/views-repo';
import type { BackendContext } from '../context';
import { UserError } from '../user-error';

/** A view with nothing narrowed: what a stored view falls back to field by field. */
const EMPTY_STATE: AccountViewState = {
  search: '',
  owner: null,
  tier: null,
  band: null,
  status: 'all',
  tag: null,
  noContactDays: null,
  sort: [],
  hiddenColumns: [],
};

/**
 * A stored state as the current schema reads it. A view saved by another
 * version keeps every field that still fits; the rest fall back to "no filter".
 */
function readState(stored: unknown): AccountViewState {
  const state: AccountViewState = { ...EMPTY_STATE };
  if (!stored || typeof stored !== 'object') return state;
  const fields = accountViewState.shape;
  for (const key of Object.keys(fields) as (keyof AccountViewState)[]) {
    const parsed = fields[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(state, { [key]: parsed.data });
  }
  return state;
}

/** The accounts table's saved views, by name. */
export async function savedViews(ctx: Pick<BackendContext, 'db'>): Promise<SavedView[]> {
  return (await listViews(ctx.db)).map((view) => ({ id: view.id, name: view.name, state: readState(view.state) }));
}

/** Saves the table's state under a name; saving under an existing name overwrites that view. */
export async function saveView(ctx: Pick<BackendContext, 'db' | 'now'>, name: string, state: AccountViewState): Promise<SavedView> {
  const id = await upsertView(ctx.db, name, state, ctx.now());
  return { id, name, state };
}

export async function removeView(ctx: Pick<BackendContext, 'db'>, id: number): Promise<{ id: number }> {
  if (!(await deleteView(ctx.db, id))) throw new UserError('not_found', `There is no saved view #${id}; it may have been deleted already. Reload the views.`);
  return { id };
}
