// Turns the planner's machine-form reasons into the user's language (the English one-liners
// from the core are for the CLI and the CSV), agreeing with the number and, in French, with the
// person's gender where it is known.
import type { TFunction } from 'i18next';
import type { Gender } from '../../../../shared/domain';
import type { NearMiss, ReasonPart } from '../../../../shared/invite';
import { communityLabel } from '../../../../shared/scores';
import { genderContext } from '../../counts';

/** `community` names a community number of the plan (its lasting name, in the interface's language). */
export function pickReason(t: TFunction, why: ReasonPart[], gender: Gender | null, community?: (k: number) => string): string {
  const context = genderContext(gender);
  return why
    .map((part) => {
      const v = part.values;
      if (part.kind === 'must') {
        // A seat held by the person's answer (confirmed, attended, pending) says so in its own words.
        if (['confirmed', 'attended', 'pending'].includes(String(v.label))) return t(`organiser.held.${String(v.label)}`);
        return t('invite.reasons.must', { label: t(`invite.mustLabels.${String(v.label)}`, { defaultValue: String(v.label) }) });
      }
      if (part.kind === 'notScored') return t('organiser.notScored');
      // Named communities when the plan has names; else numbered, as the rest of the app numbers them.
      if (part.kind === 'newCommunity') return community ? t('organiser.reasons.newCommunity', { community: community(Number(v.community)) }) : t('invite.reasons.newCommunity', { community: communityLabel(Number(v.community)), context });
      if (part.kind === 'bridges') return community ? t('organiser.reasons.bridges', { a: community(Number(v.a)), b: community(Number(v.b)) }) : t('invite.reasons.bridges', { a: communityLabel(Number(v.a)), b: communityLabel(Number(v.b)) });
      if (part.kind === 'reach') return t('invite.reasons.reach', { count: Number(v.people), context });
      if (part.kind === 'newTies') return t('invite.reasons.newTies', { count: Number(v.invitees), context });
      return t(`invite.reasons.${part.kind}`, { ...v, context });
    })
    .join(t('invite.separator'));
}

export function nearMissReason(t: TFunction, miss: NearMiss, gender: Gender | null): string {
  return t(`invite.nearMiss.${miss.why.kind}`, { ...miss.why.values, context: genderContext(gender) });
}
