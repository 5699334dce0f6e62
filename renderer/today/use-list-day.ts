import { useEffect, useState } from 'react';
import type { IsoDay } from '../../shared/domain';
import { todayUtc } from '../dates';

/**
 * The day today's list is for. A console left open overnight moves on to the
 * new (UTC) day as soon as the user comes back to it, so the morning list is
 * never yesterday's.
 */
export function useListDay(): IsoDay {
  const [day, setDay] = useState(todayUtc);
  useEffect(() => {
    const catchUp = () => {
      if (document.visibilityState === 'visible') setDay(todayUtc());
    };
    window.addEventListener('focus', catchUp);
    document.addEventListener('visibilitychange', catchUp);
    return () => {
      window.removeEventListener('focus', catchUp);
      document.removeEventListener('visibilitychange', catchUp);
    };
  }, []);
  return day;
}
