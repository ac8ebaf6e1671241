// Words that agree with numbers and people: several counts in one phrase ("1 personne, 12
// interactions et 2 événements": i18next plurals, Intl.ListFormat for the "and", zeros left out),
// and the grammatical context of a person's gender for French agreement.
import type { TFunction } from 'i18next';

export type CountName = 'people' | 'ties' | 'communities' | 'interactions' | 'events' | 'attendance' | 'follows' | 'invited' | 'confirmed' | 'declined' | 'attended' | 'sent' | 'received';

/** One count with its noun: "1 lien", "3 905 liens". */
export function countOf(t: TFunction, name: CountName, count: number): string {
  return t(`counts.${name}`, { count });
}

/** The non-zero counts as one list in the UI's language; "nothing" when all are zero. */
export function listCounts(t: TFunction, language: string, counts: Partial<Record<CountName, number>>): string {
  const parts = (Object.entries(counts) as Array<[CountName, number | undefined]>)
    .filter(([, n]) => typeof n === 'number' && n !== 0)
    .map(([name, n]) => countOf(t, name, n as number));
  if (parts.length === 0) return t('counts.nothing');
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(parts);
}

/** i18next context for agreement with a person's gender ("Confirmée"); none when unknown or non-binary. */
export function genderContext(gender: 'f' | 'm' | 'x' | null | undefined): 'female' | 'male' | undefined {
  return gender === 'f' ? 'female' : gender === 'm' ? 'male' : undefined;
}
