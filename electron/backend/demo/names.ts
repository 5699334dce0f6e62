import type { Random } from './random';

/** The account managers who own the demo portfolio. */
export const DEMO_OWNERS = ['Maya Patel', 'Jonas Berg', 'Aisha Okafor', 'Tom Reilly'] as const;

// Company names are built from a brand stem and a line of business, so a few
// dozen words yield thousands of distinct, believable names.
const STEM_STARTS = [
  'North', 'Blue', 'Silver', 'Harbor', 'Cedar', 'Iron', 'Oak', 'Stone', 'Red', 'Bright',
  'Clear', 'Green', 'High', 'West', 'East', 'Summit', 'Pine', 'River', 'Granite', 'Maple',
  'Falcon', 'Copper', 'Lake', 'Sun', 'Birch',
] as const;
const STEM_ENDS = [
  'wind', 'peak', 'line', 'bridge', 'field', 'gate', 'water', 'stone', 'crest', 'way',
  'brook', 'point', 'haven', 'ridge', 'vale', 'wood', 'light', 'mark',
] as const;
const STANDALONE_BRANDS = [
  'Acme', 'Lumen', 'Vireo', 'Solstice', 'Kestrel', 'Aurora', 'Meridian', 'Nimbus', 'Atlas',
  'Quill', 'Tandem', 'Zephyr', 'Orbit', 'Fjord', 'Mosaic', 'Helix', 'Juniper', 'Vantage',
  'Malmö', 'Zürich', 'Søndergaard', 'Łódź', 'Ibérica', 'Östlund', 'São Bento',
] as const;
const TRADES = [
  'Logistics', 'Dental Group', 'Analytics', 'Foods', 'Architects', 'Health Partners',
  'Freight', 'Legal', 'Software', 'Hotels', 'Engineering', 'Retail', 'Energy', 'Consulting',
  'Veterinary Clinics', 'Property Management', 'Print & Packaging', 'Labs', 'Outdoor Supply',
  'Insurance Brokers', 'Fitness', 'Pharmacy', 'Media', 'Manufacturing', 'Travel',
  'Accounting', 'Cold Chain', 'Bakeries', 'Builders', 'Learning',
] as const;
const LEGAL_SUFFIXES = ['Ltd', 'Inc.', 'GmbH', 'AB', 'S.A.', 'B.V.', '& Co', 'LLC'] as const;

/**
 * A company name such as "Northwind Logistics" or "Søndergaard Foods GmbH".
 * Callers keep a set of names already used and ask again on a clash.
 */
export function companyName(rng: Random): string {
  const brand = rng.chance(0.7)
    ? `${rng.pick(STEM_STARTS)}${rng.pick(STEM_ENDS)}`
    : rng.pick(STANDALONE_BRANDS);
  const name = `${brand} ${rng.pick(TRADES)}`;
  return rng.chance(0.2) ? `${name} ${rng.pick(LEGAL_SUFFIXES)}` : name;
}

/** Picks `count` company names that no other account already has. */
export function uniqueCompanyNames(rng: Random, count: number): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const name = companyName(rng);
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

// Customers are international: the notes must survive accents, ring-o's and apostrophes.
const FIRST_NAMES = [
  'Zoë', 'José', 'Søren', 'Björn', 'Chloé', 'Łukasz', 'Ingrid', 'Nuno', 'François', 'Renée',
  'Emma', 'Liam', 'Olivia', 'Noah', 'Sofia', 'Lucas', 'Hannah', 'Mateo', 'Priya', 'Kenji',
  'Fatima', 'Daniel', 'Grace', 'Omar', 'Elena', 'Ravi', 'Claire', 'Marcus', 'Yuki', 'Sarah',
  'Thomas', 'Amara', 'Felix', 'Laura', 'Ahmed', 'Nora', 'Pedro', 'Ines', 'Oskar', 'Mia',
  'David', 'Leila', 'Henrik', 'Julia', 'Samuel', 'Anika', 'Jonah', 'Chiara', 'Ethan', 'Maëlle',
] as const;
const LAST_NAMES = [
  'Müller', 'Núñez', 'Ødegaard', 'García', 'Kowalski', "O'Brien", 'Nakamura', 'Lindqvist',
  'Dubois', 'Rossi', 'Smith', 'Johnson', 'Brown', 'Khan', 'Chen', 'Santos', 'Schneider',
  'Andersen', 'Murphy', 'Novak', 'Haddad', 'Singh', 'Walsh', 'Fischer', 'Costa', 'Jensen',
  'Van Dijk', 'Moreau', 'Eriksson', 'Adeyemi', 'Papadopoulos', 'Kaya', 'Larsen', 'Byrne',
  'Ferreira', 'Wójcik', 'Sánchez', 'Holm', 'Becker', 'Ali',
] as const;

/** A contact person at the customer, e.g. "Søren Lindqvist". */
export function contactName(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** The first name people use in notes ("Called Zoë about …"). */
export function firstNameOf(person: string): string {
  return person.split(' ')[0] ?? person;
}
