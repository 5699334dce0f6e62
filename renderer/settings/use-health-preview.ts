import { useEffect, useState } from 'react';
import type { HealthPreview } from '../../shared/api/settings';
import type { IsoDay } from '../../shared/domain';
import type { HealthSettings } from '../../shared/health/types';
import { call } from '../platform/client';
import { errorMessage } from '../ui/error-message';

/** How long typing must pause before the preview re-ranks the list: each preview re-scores every account. */
const DEBOUNCE_MS = 400;

export type PreviewState =
  | { state: 'idle' }
  | { state: 'loading'; last: HealthPreview | null }
  | { state: 'ready'; preview: HealthPreview }
  | { state: 'failed'; message: string; last: HealthPreview | null };

/**
 * Today's list as it would be with these settings, without saving them:
 * asked for once the user stops typing, the previous answer kept on screen
 * (dimmed) until the new one arrives, and a late answer to an older question
 * never shown over a newer one.
 */
export function useHealthPreview(asOf: IsoDay, owner: string | null, settings: HealthSettings | null): PreviewState {
  const key = settings ? JSON.stringify([asOf, owner, settings]) : null;
  const [answer, setAnswer] = useState<{ key: string; state: PreviewState } | null>(null);

  useEffect(() => {
    if (key === null) return;
    // The question is read back from its key, so settings objects with equal contents ask nothing new.
    const [day, who, wanted] = JSON.parse(key) as [IsoDay, string | null, HealthSettings];
    let current = true;
    const timer = window.setTimeout(() => {
      call('settings.previewHealth', { asOf: day, owner: who, settings: wanted }).then(
        (preview) => current && setAnswer({ key, state: { state: 'ready', preview } }),
        (failure: unknown) => current && setAnswer({ key, state: { state: 'failed', message: errorMessage(failure), last: null } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);

  if (key === null) return { state: 'idle' };
  if (answer?.key === key) return answer.state;
  const last = answer?.state.state === 'ready' ? answer.state.preview : null;
  return { state: 'loading', last };
}
