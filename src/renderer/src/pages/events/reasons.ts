// Turns the planner's machine-form reasons into the user's language (the English one-liners
// from the core are for the CLI and the CSV).
import type { TFunction } from 'i18next';
import type { NearMiss, ReasonPart } from '../../../../shared/invite';
import { communityLabel } from '../../../../shared/scores';

export function pickReason(t: TFunction, why: ReasonPart[]): string {
  return why
    .map((part) => {
      const v = part.values;
      if (part.kind === 'must') return t('invite.reasons.must', { label: t(`invite.mustLabels.${String(v.label)}`, { defaultValue: String(v.label) }) });
      if (part.kind === 'newCommunity') return t('invite.reasons.newCommunity', { community: communityLabel(Number(v.community)) });
      if (part.kind === 'bridges') return t('invite.reasons.bridges', { a: communityLabel(Number(v.a)), b: communityLabel(Number(v.b)) });
      return t(`invite.reasons.${part.kind}`, v);
    })
    .join(t('invite.separator'));
}

export function nearMissReason(t: TFunction, miss: NearMiss): string {
  return t(`invite.nearMiss.${miss.why.kind}`, miss.why.values);
}
