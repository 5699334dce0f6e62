import type { z } from 'zod';
import { apiArgs, type ApiMethod, type ApiResults, type TendApi } from '../../shared/contract';
import { fail, ok } from '../../shared/result';
import { UserError } from './user-error';

/** What a handler receives: its arguments after validation and defaults. */
export type ParsedArgs<M extends ApiMethod> = z.output<(typeof apiArgs)[M]>;

export type Handlers = { [M in ApiMethod]: (args: ParsedArgs<M>) => Promise<ApiResults[M]> };

export interface ApiOptions {
  /** Called with unexpected failures (bugs), which reach the user only as a generic message. */
  onInternalError?: (method: ApiMethod, error: unknown) => void;
}

/**
 * Wraps plain handlers into the contract every transport serves: each call's
 * arguments are checked against the contract's schema before a handler runs,
 * and every failure comes back as data.
 */
export function defineApi(handlers: Handlers, options: ApiOptions = {}): TendApi {
  const api = {} as Record<ApiMethod, (args: unknown) => Promise<unknown>>;
  for (const method of Object.keys(apiArgs) as ApiMethod[]) {
    const schema = apiArgs[method];
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    api[method] = async (args: unknown) => {
      const parsed = schema.safeParse(args ?? {});
      if (!parsed.success) return fail('invalid_argument', describeIssues(method, parsed.error));
      try {
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof UserError) return fail(error.code, error.message);
        options.onInternalError?.(method, error);
        return fail('internal', `Tend could not complete "${method}": ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }
  return api as unknown as TendApi;
}

function describeIssues(method: ApiMethod, error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'arguments';
    return `${where} ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
  });
  return `Invalid request to ${method}: ${parts.join('; ')}.`;
}
