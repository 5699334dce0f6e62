import type { settingsArgs } from '../../../shared/api/settings';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { resetHealthSettings, saveHealthSettings } from '../services/health-settings';
import { loadPreferences, savePreferences } from '../services/preferences';
import { previewHealthSettings } from '../services/settings-preview';

type Methods = keyof typeof settingsArgs;

/** The health model's settings (with a preview before saving) and the user's preferences. */
export function settingsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  return {
    'settings.health': async () => ctx.scoreboard.settings,
    'settings.saveHealth': async ({ settings }) => saveHealthSettings(ctx.db, ctx.scoreboard, settings),
    'settings.resetHealth': async () => resetHealthSettings(ctx.db, ctx.scoreboard),
    'settings.previewHealth': async ({ asOf, owner, settings }) => previewHealthSettings(ctx, asOf, owner, settings),
    'preferences.get': async () => loadPreferences(ctx.db),
    'preferences.save': async ({ preferences }) => savePreferences(ctx.db, preferences),
  };
}
