import { accountArgs } from '../../../shared/api/accounts';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { UserError } from '../user-error';

type Methods = keyof typeof accountArgs;

// SCAFFOLD: replaced by the real handlers.
export function accountsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  void ctx;
  const todo = async (): Promise<never> => {
    throw new UserError('internal', 'Not built yet.');
  };
  return Object.fromEntries(Object.keys(accountArgs).map((method) => [method, todo])) as unknown as Pick<Handlers, Methods>;
}
