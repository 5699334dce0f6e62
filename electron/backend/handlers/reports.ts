import { reportArgs } from '../../../shared/api/reports';
import type { BackendContext } from '../context';
import type { Handlers } from '../define-api';
import { UserError } from '../user-error';

type Methods = keyof typeof reportArgs;

// SCAFFOLD: replaced by the real handlers.
export function reportsHandlers(ctx: BackendContext): Pick<Handlers, Methods> {
  void ctx;
  const todo = async (): Promise<never> => {
    throw new UserError('internal', 'Not built yet.');
  };
  return Object.fromEntries(Object.keys(reportArgs).map((method) => [method, todo])) as unknown as Pick<Handlers, Methods>;
}
