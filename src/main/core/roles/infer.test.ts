// The role dictionary: French and English titles as people write them on LinkedIn, organisations
// that say the role when the title is vague, and titles that must not be taken for a role.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../../shared/domain';
import { inferRole } from './infer';

const TITLES: Array<[string, Role]> = [
  // CMOs
  ['Chief Marketing Officer', 'cmo'], ['CMO', 'cmo'], ['CMO & Co-founder', 'cmo'], ['VP Marketing', 'cmo'], ['SVP Marketing EMEA', 'cmo'],
  ['Vice President, Marketing', 'cmo'], ['Head of Marketing', 'cmo'], ['Head of Brand', 'cmo'], ['Global Head of Brand', 'cmo'],
  ['Marketing Director', 'cmo'], ['Directrice Marketing & Communication', 'cmo'], ['Directeur Marketing', 'cmo'],
  ['Directrice du marketing', 'cmo'], ['Directeur de la communication', 'cmo'], ['Dir. Marketing France', 'cmo'],
  ['Chief Brand Officer', 'cmo'], ['Chief Communications Officer', 'cmo'], ['Directrice de la marque', 'cmo'],
  // CIOs
  ['DSI', 'cio'], ['DSI Groupe', 'cio'], ["Directeur des systèmes d'information", 'cio'], ["Directrice des Systèmes d’Information", 'cio'],
  ['CIO', 'cio'], ['Chief Information Officer', 'cio'], ['CTO', 'cio'], ['Chief Technology Officer', 'cio'], ['RSSI', 'cio'],
  ['Directeur du numérique', 'cio'], ['IT Director', 'cio'], ['Head of IT', 'cio'], ['Responsable informatique', 'cio'],
  // Journalists
  ['Journaliste', 'journalist'], ['Journalist', 'journalist'], ['Rédactrice en chef', 'journalist'], ['Rédacteur en chef adjoint', 'journalist'],
  ['Editor-in-Chief', 'journalist'], ['Senior Editor', 'journalist'], ['Reporter', 'journalist'], ['Grand reporter', 'journalist'],
  ['Chroniqueuse', 'journalist'], ['Correspondent, Europe', 'journalist'], ['Journaliste pigiste', 'journalist'], ['Chef de rubrique Tech', 'journalist'],
  // Analysts
  ['Principal Analyst', 'analyst'], ['Analyste', 'analyst'], ['Senior Analyst', 'analyst'], ['Industry Analyst', 'analyst'],
  ['VP Analyst', 'analyst'], ['Analyste senior', 'analyst'], ['Research Director', 'analyst'], ['Directrice de recherche', 'analyst'],
  // Consultants
  ['Consultante senior', 'consultant'], ['Consultant', 'consultant'], ['Senior Consultant', 'consultant'], ['Associé — cabinet de conseil', 'consultant'],
  ['Associée', 'consultant'], ['Managing Partner', 'consultant'], ['Conseillère en stratégie', 'consultant'], ['Freelance growth', 'consultant'],
  ['Marketing Advisor', 'consultant'], ['Consultant(e) indépendant(e)', 'consultant'],
  // Experts
  ['Expert SEO', 'expert'], ['Experte data marketing', 'expert'], ['Tech Evangelist', 'expert'], ['Keynote Speaker', 'expert'],
  ['Auteur et conférencier', 'expert'], ['Professeur de marketing', 'expert'], ['Enseignante-chercheuse', 'expert'],
  // Marketing peers
  ['Responsable marketing', 'peer'], ['Marketing Manager', 'peer'], ['Product Marketing Manager', 'peer'], ['Brand Manager', 'peer'],
  ['Cheffe de produit', 'peer'], ['Chargée de communication', 'peer'], ['Content Manager', 'peer'], ['Growth Lead', 'peer'],
  ['Responsable communication', 'peer'], ['Marketing Analyst', 'peer'],
];

const VAGUE: Array<[string, string, Role | null]> = [
  ['Senior Director', 'Forrester', 'analyst'],
  ['VP', 'Gartner', 'analyst'],
  ['Research Manager', 'IDC', 'analyst'],
  ['', 'Les Échos', 'journalist'],
  ['Chef de service', 'Le Monde Informatique', 'journalist'],
  ['Directeur associé', 'Vauban Conseil', 'consultant'],
  ['Manager', 'Deloitte', 'consultant'],
  ['Senior Director', 'Stripe, Inc.', null],
  ['', '', null],
];

const NOT_ROLES = ['Data Analyst', 'Business Analyst', 'Analyste financier', 'Directeur financier', 'Office Manager', 'Sales Director', 'Avocate', 'Chief Financial Officer'];

test(`the role dictionary recognises ${TITLES.length} French and English titles`, () => {
  assert.ok(TITLES.length >= 60);
  const wrong = TITLES.filter(([title, role]) => inferRole(title) !== role).map(([title, role]) => `${title}: ${inferRole(title)} (expected ${role})`);
  assert.deepEqual(wrong, []);
});

test('an organisation says the role where the title is vague; a clear title wins over the organisation', () => {
  for (const [title, organisation, role] of VAGUE) assert.equal(inferRole(title, organisation), role, `${title} at ${organisation}`);
  assert.equal(inferRole('Chief Marketing Officer', 'Gartner'), 'cmo');
  assert.equal(inferRole('Journaliste', 'Gartner'), 'journalist');
});

test('titles that are not an influencer role suggest nothing', () => {
  for (const title of NOT_ROLES) assert.equal(inferRole(title), null, title);
});
