// Fictional names and organisations for the sample network. Any resemblance is chance: first
// and last names are combined at random, organisations are invented.

export const FIRST_NAMES_F = [
  'Camille', 'Claire', 'Sophie', 'Julie', 'Élodie', 'Nathalie', 'Isabelle', 'Amélie', 'Chloé', 'Léa',
  'Manon', 'Inès', 'Sarah', 'Hélène', 'Audrey', 'Pauline', 'Anne', 'Laure', 'Margaux', 'Céline',
  'Emma', 'Olivia', 'Hannah', 'Grace', 'Priya', 'Sofia', 'Aïcha', 'Yasmine', 'Mei', 'Nora',
] as const;

export const FIRST_NAMES_M = [
  'Thomas', 'Nicolas', 'Julien', 'Antoine', 'Maxime', 'Pierre', 'Guillaume', 'Romain', 'Hugo', 'Louis',
  'Mathieu', 'Olivier', 'Sébastien', 'François', 'Benoît', 'Arnaud', 'Cédric', 'Karim', 'Mehdi', 'Yann',
  'James', 'Daniel', 'Lucas', 'Marco', 'Arjun', 'Kenji', 'Omar', 'David', 'Samuel', 'Théo',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand',
  'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin',
  'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson',
  'Nguyen', 'Benali', 'Haddad', 'Kowalski', 'Schmidt', 'Rossi', 'Okafor', 'Tanaka', 'Patel', 'Silva',
] as const;

export interface SampleCommunity {
  name: string;
  organisations: readonly string[];
  tags: readonly string[];
}

/** Five industry communities: the sample's ground-truth clusters. */
export const COMMUNITIES: readonly SampleCommunity[] = [
  {
    name: 'Retail & luxe',
    organisations: ['Maison Verlaine', 'Galeries Solène', 'Boutiques Arpège', 'Lunaire Cosmétiques', 'Atelier Roscoff', 'Mode Cassiopée', 'Bijoux Orsay'],
    tags: ['CX', 'retail media', 'brand'],
  },
  {
    name: 'SaaS & tech B2B',
    organisations: ['Nuageo', 'Datalpine', 'Kubix Software', 'Flowbase', 'Quantik Labs', 'Stackform', 'Pixelroute'],
    tags: ['ABM', 'product marketing', 'IA'],
  },
  {
    name: 'Industrie & énergie',
    organisations: ['Ferrovia Industries', 'Helio Énergies', 'Groupe Marnier', 'Alpaga Robotique', 'Turbines Azur', 'Métallerie Vosges'],
    tags: ['RSE', 'marque employeur', 'salons'],
  },
  {
    name: 'Banque & assurance',
    organisations: ['Banque Castel', 'Assurances Mistral', 'Crédit Horizon', 'Mutuelle Océane', 'Fintek Paris', 'Caisse Ligérienne'],
    tags: ['data', 'conformité', 'fidélisation'],
  },
  {
    name: 'Santé & pharma',
    organisations: ['Laboratoires Ysée', 'Medivia', 'Pharmacorp Lyon', 'Clinique Aurore', 'BioNéva', 'Santé Connect'],
    tags: ['contenu', 'KOL', 'événementiel'],
  },
];

/** Organisations whose people work across communities: agencies, analysts, media. */
export const CROSS_ORGANISATIONS = {
  consultant: ['Cabinet Vauban Conseil', 'Agence Hirondelle', 'Studio Boréal'],
  analyst: ['Institut Prisme Research', 'Observatoire du Marketing B2B'],
  journalist: ['Le Journal du Marketing', 'Stratégies & Marques', 'La Revue Digitale'],
} as const;

export const TITLES: Record<string, readonly string[]> = {
  cmo: ['Directrice marketing', 'Directeur marketing', 'Chief Marketing Officer', 'VP Marketing'],
  peer: ['Head of Brand', 'Responsable communication', 'Head of Growth', 'Responsable marketing digital'],
  analyst: ['Analyste principal', 'Research Director', 'Analyste marketing B2B'],
  journalist: ['Rédactrice en chef', 'Journaliste', 'Chroniqueur marketing'],
  consultant: ['Consultante associée', 'Partner', 'Consultant senior'],
  cio: ['DSI', 'Chief Information Officer', 'Directeur des systèmes d’information'],
  expert: ['Experte data marketing', 'Expert ABM', 'Auteur et conférencier'],
  other: ['Chargée de projet', 'Business developer', 'Responsable partenariats'],
};

export const EVENT_PLACES = ['Paris', 'Lyon', 'Bordeaux', 'Lille', 'Nantes', 'Marseille', 'En ligne'] as const;
