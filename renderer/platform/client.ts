// Method names only: the argument schemas (zod) are the backend's business and stay out of the page's bundle.
import { API_METHOD_NAMES as API_METHODS } from '../../shared/api-methods';
import type { ApiArgs, ApiMethod, ApiResults, TendApi } from '../../shared/contract';
import type { Result } from '../../shared/result';

declare global {
  interface Window {
    /** Present only in the desktop app: the preload's bridge. */
    tend?: TendApi;
  }
}

const TOKEN_KEY = 'tend.token';

/**
 * The browser console's transport: each call is a POST to the host that served
 * the page, carrying the per-run token that came in the address bar. The token
 * is moved to sessionStorage and removed from the visible URL.
 */
function httpApi(): TendApi {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const post = async (method: ApiMethod, args: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tend-token': token },
        body: JSON.stringify(args ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Tend is not reachable. Is "npm start" still running in your terminal?' } };
    }
  };
  return Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => post(m, args)])) as TendApi;
}

/** The one API object the UI uses; it never learns which transport is underneath. */
export const api: TendApi = window.tend ?? httpApi();

/** Calls a method and throws its user-facing message on failure, for code paths that show errors inline. */
export async function call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> {
  const result = await api[method](args);
  if (!result.ok) throw new ApiCallError(result.error.message, result.error.code);
  return result.value as ApiResults[M];
}

export class ApiCallError extends Error {
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}
