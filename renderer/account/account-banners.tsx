import type { AccountPage } from '../../shared/api/account-page';
import { formatDay } from './account-format';

/** A churned account is history: not scored, never on today's list, until someone reactivates it. */
export function ChurnedBanner({ page, onReactivate }: { page: AccountPage; onReactivate: () => void }) {
  const { churnedOn, churnReason } = page.account;
  return (
    <section className="account-banner account-banner--churned" data-testid="churned-banner" aria-label="Churned account">
      <div className="account-banner__text">
        <p className="account-banner__title">
          Churned{churnedOn ? ` on ${formatDay(churnedOn)}` : ''}
          {churnReason ? `: ${churnReason}` : ''}
        </p>
        <p>Its history stays here, but it is not scored and never appears on today's list. Reactivate it if the customer is back.</p>
      </div>
      <button type="button" className="button" onClick={onReactivate} data-testid="reactivate-account">
        Reactivate
      </button>
    </section>
  );
}

/** After a hand-over: the new owner should introduce themselves, and the item waits on their list until a touch is logged. */
export function IntroBanner({ intro, onIntroduce }: { intro: NonNullable<AccountPage['intro']>; onIntroduce: () => void }) {
  return (
    <section className="account-banner account-banner--intro" data-testid="intro-banner" aria-label="Introduce the new owner">
      <div className="account-banner__text">
        <p className="account-banner__title">
          Handed over from {intro.from} to {intro.to} on {formatDay(intro.since.slice(0, 10))}
        </p>
        <p>
          Introduce {intro.to} to the customer. This stays on {intro.to}'s list for today until a touch is logged.
        </p>
      </div>
      <button type="button" className="button button--primary" onClick={onIntroduce} data-testid="log-introduction">
        Log the introduction
      </button>
    </section>
  );
}
