import { FACTORS, type FactorKey } from '../../shared/domain';
import type { HealthResult, Reason } from '../../shared/health/types';

export type Level = 'good' | 'fair' | 'poor' | 'bad';

export interface FactorRow {
  factor: FactorKey;
  /** 0 … 1 for this factor alone. */
  subScore: number;
  level: Level;
  weight: number;
  /** Points of the score this factor holds up. */
  contribution: number;
  /** The most it could hold up: its weight's share of 100. */
  fullShare: number;
  /** Points it took off (≤ 0), 0 when it has nothing to say. */
  impact: number;
  reasons: Reason[];
}

/** A sub-score in four steps, for colour: the same steps as the bands would suggest at a glance. */
export function levelOf(subScore: number): Level {
  if (subScore >= 0.9) return 'good';
  if (subScore >= 0.6) return 'fair';
  return subScore >= 0.3 ? 'poor' : 'bad';
}

const modelOrder = (factor: FactorKey) => FACTORS.indexOf(factor);

/**
 * Each factor with what it holds up, what it took off and why, the most
 * harmful first; factors with nothing to say keep the model's order.
 */
export function factorRows(health: HealthResult): FactorRow[] {
  const totalWeight = health.factors.reduce((sum, factor) => sum + factor.weight, 0);
  const rows = health.factors.map((factor): FactorRow => {
    const reasons = health.reasons.filter((reason) => reason.factor === factor.factor);
    return {
      factor: factor.factor,
      subScore: factor.subScore,
      level: levelOf(factor.subScore),
      weight: factor.weight,
      contribution: factor.contribution,
      fullShare: totalWeight > 0 ? (100 * factor.weight) / totalWeight : 0,
      impact: reasons.reduce((sum, reason) => sum + reason.impact, 0),
      reasons,
    };
  });
  return rows.sort((a, b) => a.impact - b.impact || modelOrder(a.factor) - modelOrder(b.factor));
}
