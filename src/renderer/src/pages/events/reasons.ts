// Turns the planner's machine-form reasons into the user's language (the English one-liners
// from the core are for the CLI and the CSV).
import type { TFunction } from 'i18next';
import type { NearMiss, ReasonPart } from '../../../../shared/invite';

/** `community` names a community number of the plan (its lasting name, in the interface's language). */
export function pickReason(t: TFunction, why: ReasonPart[], community: (k: number) => string): string {
  return why
    .map((part) => {
      const v = part.values;
      if (part.kind === 'must') {
        // A seat held by the person's answer (confirmed, attended, pending) says so in its own words.
        if (['confirmed', 'attended', 'pending'].includes(String(v.label))) return t(`organiser.held.${String(v.label)}`);
        return t('invite.reasons.must', { label: t(`invite.mustLabels.${String(v.label)}`, { defaultValue: String(v.label) }) });
      }
      if (part.kind === 'notScored') return t('organiser.notScored');
      if (part.kind === 'newCommunity') return t('organiser.reasons.newCommunity', { community: community(Number(v.community)) });
      if (part.kind === 'bridges') return t('organiser.reasons.bridges', { a: community(Number(v.a)), b: community(Number(v.b)) });
      return t(`invite.reasons.${part.kind}`, v);
    })
    .join(t('invite.separator'));
}

export function nearMissReason(t: TFunction, miss: NearMiss): string {
  return t(`invite.nearMiss.${miss.why.kind}`, miss.why.values);
}
