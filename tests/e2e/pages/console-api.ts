import type { Page } from '@playwright/test';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../shared/contract';

/**
 * Calls the console's API from inside the page with its own token, as the UI
 * does: for checking what the screen shows against what the backend says.
 */
export function callApi<M extends ApiMethod>(page: Page, method: M, args: ApiArgs<M>): Promise<ApiResults[M]> {
  return page.evaluate(
    async ({ name, body }) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tend-token': sessionStorage.getItem('tend.token') ?? '' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: true; value: unknown } | { ok: false; error: { message: string } };
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    { name: method as string, body: args as unknown },
  ) as Promise<ApiResults[M]>;
}
