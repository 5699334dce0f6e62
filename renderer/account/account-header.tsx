import type { ReactNode } from 'react';
import type { AccountPage } from '../../shared/api/account-page';
import { BandPill } from '../ui/band-pill';
import { formatMoney } from '../ui/format';
import { formatDay } from './account-format';

interface AccountHeaderProps {
  page: AccountPage;
  /** The page's buttons (log a touch, open a complaint…), laid out by the header. */
  actions: ReactNode;
}

/** Who the account is, what it is worth, and how it is doing: the top of the account page. */
export function AccountHeader({ page, actions }: AccountHeaderProps) {
  const { account, health } = page;
  const churned = account.status === 'churned';
  return (
    <header className="account-head card" data-testid="account-header" data-status={account.status}>
      <div className="account-head__who">
        <h1 className="account-head__name" data-testid="account-name">
          {account.name}
        </h1>
        <dl className="account-head__facts">
          <Fact label="Account id" testId="account-external-id">
            {account.externalId}
          </Fact>
          <Fact label="Owner" testId="account-owner">
            {account.owner}
          </Fact>
          <Fact label="Tier" testId="account-tier">
            {account.tier} <span className="muted">· contact every {page.cadenceDays} days</span>
          </Fact>
          <Fact label="Value" testId="account-value">
            {formatMoney(account.value)}
          </Fact>
          <Fact label="Customer since">{formatDay(account.createdOn)}</Fact>
        </dl>
        {account.tags.length > 0 && (
          <ul className="account-head__tags" aria-label="Tags">
            {account.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="account-head__health">
        {churned || !health ? (
          <span className="churned-pill" data-testid="account-status">
            Churned
          </span>
        ) : (
          <>
            <div className="account-head__score" data-testid="account-score" aria-label={`Health score ${health.score} of 100`}>
              <span className={`account-head__score-value score--${health.band}`}>{health.score}</span>
              <span className="account-head__score-of">/ 100</span>
            </div>
            <span data-testid="account-band" data-band={health.band}>
              <BandPill band={health.band} />
            </span>
          </>
        )}
        <ReviewNote review={page.review} asOf={page.asOf} />
      </div>
      <div className="account-head__actions">{actions}</div>
    </header>
  );
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt className="fact__label">{label}</dt>
      <dd className="fact__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function ReviewNote({ review, asOf }: { review: AccountPage['review']; asOf: string }) {
  if (review.snoozedUntil && review.snoozedUntil > asOf) return <span className="account-head__review">Snoozed until {formatDay(review.snoozedUntil)}</span>;
  if (review.reviewedOn === asOf) return <span className="account-head__review">Reviewed today</span>;
  return null;
}
