// What changes between two invite plans (e.g. with and without parity, or another org cap).
import type { InvitePlan, PlanComparison } from '../../../shared/invite';

export type { PlanComparison };

export function comparePlans(a: InvitePlan, b: InvitePlan): PlanComparison {
  const inA = new Map(a.invitees.map((x) => [x.id, x]));
  const inB = new Map(b.invitees.map((x) => [x.id, x]));
  const d = (k: keyof PlanComparison['objectiveDelta']) => b.objective[k] - a.objective[k];
  return {
    entering: b.invitees.filter((x) => !inA.has(x.id)).map(({ id, name, reason }) => ({ id, name, reason })),
    leaving: a.invitees.filter((x) => !inB.has(x.id)).map(({ id, name, reason }) => ({ id, name, reason })),
    kept: a.invitees.filter((x) => inB.has(x.id)).map((x) => x.id),
    objectiveDelta: {
      total: d('total'), coverage: d('coverage'), influence: d('influence'), brokerage: d('brokerage'), newTies: d('newTies'),
      communitiesCovered: d('communitiesCovered'), reach: d('reach'),
    },
  };
}
