import { settingsArgs } from '../../../shared/api/settings';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { UserError } from '../user-error';

type Methods = keyof typeof settingsArgs;

// SCAFFOLD: replaced by the real handlers.
export function settingsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  void ctx;
  const todo = async (): Promise<never> => {
    throw new UserError('internal', 'Not built yet.');
  };
  return Object.fromEntries(Object.keys(settingsArgs).map((method) => [method, todo])) as unknown as Pick<Handlers, Methods>;
}
