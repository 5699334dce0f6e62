import { describe, expect, it } from 'vitest';
import { planHandover } from './handover-plan';
import { accountRow } from './test-rows';

describe('planHandover', () => {
  const rows = [
    accountRow({ id: 1, name: 'A', owner: 'Dana' }),
    accountRow({ id: 2, name: 'B', owner: 'Luis' }),
    accountRow({ id: 3, name: 'C', owner: 'Dana' }),
    accountRow({ id: 4, name: 'D', owner: 'Priya Shah' }),
    accountRow({ id: 5, name: 'E', owner: 'Dana', status: 'churned' }),
  ];

  it('moves each owner’s accounts in one batch, leaving churned ones and the new owner’s own alone', () => {
    expect(planHandover(rows, ' Priya Shah ')).toEqual({
      batches: [
        { from: 'Dana', accountIds: [1, 3] },
        { from: 'Luis', accountIds: [2] },
      ],
      moving: 3,
      churned: 1,
      alreadyTheirs: 1,
    });
  });

  it('moves nothing when every account is already the new owner’s', () => {
    expect(planHandover(rows.slice(3, 4), 'Priya Shah')).toEqual({ batches: [], moving: 0, churned: 0, alreadyTheirs: 1 });
  });
});
