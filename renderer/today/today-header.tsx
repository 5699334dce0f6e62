import type { IsoDay } from '../../shared/domain';
import { formatDayLong } from '../dates';
import { ExportReportButton } from '../reports/export-report-button';
import { AppBar } from '../ui/app-bar';
import { OwnerPicker } from './owner-picker';
import { ReachedProgress } from './reached-progress';

interface TodayHeaderProps {
  asOf: IsoDay;
  owners: string[];
  owner: string | null;
  onOwnerChange: (owner: string | null) => void;
  /** Null until the first list has arrived. */
  progress: { reached: number; total: number } | null;
}

/** The app bar: product, the day the list is for, whose list, and this morning's progress. */
export function TodayHeader({ asOf, owners, owner, onOwnerChange, progress }: TodayHeaderProps) {
  return (
    <AppBar>
      <div className="app-bar__day">
        <time dateTime={asOf}>{formatDayLong(asOf)}</time>
      </div>
      <div className="app-bar__spacer" />
      <OwnerPicker owners={owners} owner={owner} onChange={onOwnerChange} />
      <ExportReportButton kind="portfolio" owner={owner} />
      {progress && <ReachedProgress reached={progress.reached} total={progress.total} />}
    </AppBar>
  );
}
