// Guesses a person's role (DESIGN.md's B2B roles) from their job title, in French and English,
// and from their organisation where the title is vague (analyst firms, the press, consultancies).
// A guess is stored as `inferred` and shown as a suggestion; a role the user set is never replaced.
import type { Role } from '../../../shared/domain';

/** Lower case, accents off, punctuation as spaces, one space between words, padded for whole-word tests. */
export function simplifyTitle(raw: string): string {
  const text = raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim();
  return ` ${text} `;
}

/** [role, patterns] in the order they are tried: the first that matches wins. Patterns match simplified text. */
const TITLE_RULES: ReadonlyArray<readonly [Role, readonly RegExp[]]> = [
  // Not the influencer roles, though their words are: checked first so "data analyst" is not an analyst.
  ['other', [/ (data|business|financial|credit|risk|bi|systems?|support|qa|soc) analyst /, / analyste (de donnees|financier|financiere|credit|risques?|support|soc|programmeur) /, / (chief|head of|directeur|directrice) (financ|finance|juridique|legal|rh|hr|people)/]],
  // An analyst of marketing data inside a company is a marketing peer, not an industry analyst.
  ['peer', [/ (marketing|digital marketing|web|crm) analyst /, / analyste (marketing|web|crm) /]],
  ['journalist', [/ journalist/, / redact(eur|rice|ion) /, / redac chef /, / redacteur /, / redactrice /, / (editor|editeur|editrice) (in chief|en chef)/, / (managing|news|senior|deputy|contributing|features?) editor /, / editor at large /, / reporter /, / chroniqueu(r|se) /, / correspondent /, / correspondant(e)? /, / pigiste /, / chef de rubrique /, / grand reporter /, / columnist /, / presse /]],
  ['analyst', [/ (industry|principal|senior|lead|research|vp|chief|market|technology|tech) analyst /, / analyst /, / analyste /, / (research director|directeur de recherche|directrice de recherche|research vice president) /, / fellow analyst /]],
  ['cio', [/ (dsi|cio|cto|ciso|rssi|cdo it) /, / chief (information|technology|information security|digital information) officer /, / (directeur|directrice) (des )?systemes d information /, / (directeur|directrice) (du )?(numerique|informatique|it|technique|de la technologie|des technologies) /, / (it|information technology|technology) director /, / director of (it|information technology|technology) /, / (head of|vp|vice president) (it|information technology|technology|engineering|infrastructure) /, / responsable (informatique|du si|des systemes d information) /]],
  ['cmo', [/ cmo /, / chief (marketing|brand|communications?|growth|customer|revenue marketing) officer /, / (directeur|directrice|dir) (du |de la |des )?(marketing|communication|marque|brand)/, / (vp|svp|evp|vice president|head|director|directeur|directrice) (of )?(global )?(marketing|brand|communications?|growth marketing)( |&)/, / (marketing|brand|communications?) director /, / global head of (marketing|brand) /, / (head|directeur|directrice) of marketing /, / chief marketing /]],
  ['consultant', [/ consultan(t|te|ts|tes) /, / conseil(ler|lere)? /, / (cabinet|firm) (de )?(conseil|consulting)/, / consulting /, / advisor /, / adviser /, / conseiller /, / conseillere /, / freelance /, / independant(e)? /, / (partner|associe|associee) .*(conseil|consulting|advisory|strategy|strategie)/, / (managing )?partner /, / associe(e)? /]],
  ['expert', [/ expert(e|s)? /, / evangelist /, / evangeliste /, / (keynote )?speaker /, / conferencie(r|re) /, / author /, / auteur(e)? /, / (professor|professeur|professeure|maitre de conferences|lecturer|enseignant(e)?|chercheu(r|se)|researcher) /, / influenceu(r|se) /, / thought leader /, / podcast/]],
  ['peer', [/ marketing /, / marketeu(r|se) /, / marketer /, / brand manager /, / (chef|cheffe) de (produit|marque|projet marketing) /, / product marketing /, / growth /, / demand gen/, / (content|social media|community|communication|communications|pr|events?|crm|seo|digital) (manager|lead|specialist|officer) /, / responsable (communication|marketing|marque|digital|contenu|evenementiel|crm|acquisition)/, / charge(e)? (de )?(marketing|communication)/, / communication /, / relations presse /]],
];

/** Organisations whose name says the role when the title does not ("Senior Director" at Forrester). */
const ORGANISATION_RULES: ReadonlyArray<readonly [Role, RegExp]> = [
  ['analyst', / (gartner|forrester|idc|markess|pac|pierre audoin|everest group|omdia|ovum|frost & sullivan|frost and sullivan|451 research|hfs research|constellation research|isg|nelson hall|nelsonhall|ecosystm|canalys|kuppingercole|bloor|quocirca|analysys mason|xerfi) /],
  ['journalist', / (les echos|le monde|le figaro|liberation|l usine (digitale|nouvelle)|usine digitale|journal du net|jdn|le monde informatique|lemagit|01net|zdnet|silicon|frenchweb|maddyness|strategies|cb news|influencia|e marketing|marketing magazine|challenges|capital|l express|le point|bfm|france info|franceinfo|radio france|france televisions|tf1|afp|reuters|bloomberg|financial times|forbes|techcrunch|the verge|wired|adage|ad age|adweek|marketing week|campaign|the drum|digiday|business insider|les echos tech)( |$)/],
  ['journalist', / (journal|magazine|mag|presse|press|news|times|tribune|gazette|radio|tv|television|media|medias|hebdo|quotidien) /],
  ['consultant', / (mckinsey|bcg|boston consulting|bain|accenture|deloitte|capgemini invent|ey|kpmg|pwc|roland berger|kearney|oliver wyman|wavestone|sia partners|onepoint|publicis sapient) /],
  ['consultant', / (conseil|consulting|consultants|advisory|partners) /],
];

/** The role a title (and organisation) suggests, or null when neither says one. */
export function inferRole(title: string | null | undefined, organisation?: string | null): Role | null {
  const t = title ? simplifyTitle(title) : '';
  if (t.trim()) {
    for (const [role, patterns] of TITLE_RULES) {
      if (patterns.some((p) => p.test(t))) return role === 'other' ? null : role;
    }
  }
  const o = organisation ? simplifyTitle(organisation) : '';
  if (o.trim()) {
    for (const [role, pattern] of ORGANISATION_RULES) if (pattern.test(o)) return role;
  }
  return null;
}
