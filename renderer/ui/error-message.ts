import { ApiCallError } from '../platform/client';

/** The sentence to show for a failed call: the backend's own words when it sent some. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Please try again.';
}
