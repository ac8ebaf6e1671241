// Turns the planner's machine-form reasons into the user's language (the English one-liners
// from the core are for the CLI and the CSV).
import type { TFunction } from 'i18next';
import type { NearMiss, ReasonPart } from '../../../../shared/invite';

export function pickReason(t: TFunction, why: ReasonPart[]): string {
  return why
    .map((part) => {
      const v = part.values;
      if (part.kind === 'must') {
        // A seat held by the person's answer (confirmed, attended, pending) says so in its own words.
        if (['confirmed', 'attended', 'pending'].includes(String(v.label))) return t(`organiser.held.${String(v.label)}`);
        return t('invite.reasons.must', { label: t(`invite.mustLabels.${String(v.label)}`, { defaultValue: String(v.label) }) });
      }
      if (part.kind === 'notScored') return t('organiser.notScored');
      if (part.kind === 'newCommunity') return t('invite.reasons.newCommunity', { community: Number(v.community) + 1 });
      if (part.kind === 'bridges') return t('invite.reasons.bridges', { a: Number(v.a) + 1, b: Number(v.b) + 1 });
      return t(`invite.reasons.${part.kind}`, v);
    })
    .join(t('invite.separator'));
}

export function nearMissReason(t: TFunction, miss: NearMiss): string {
  return t(`invite.nearMiss.${miss.why.kind}`, miss.why.values);
}
