import { accountPageArgs } from '../../../shared/api/account-page';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { UserError } from '../user-error';

type Methods = keyof typeof accountPageArgs;

// SCAFFOLD: replaced by the real handlers.
export function accountPageHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  void ctx;
  const todo = async (): Promise<never> => {
    throw new UserError('internal', 'Not built yet.');
  };
  return Object.fromEntries(Object.keys(accountPageArgs).map((method) => [method, todo])) as unknown as Pick<Handlers, Methods>;
}
