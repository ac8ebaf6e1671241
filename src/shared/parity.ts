// Parity as the CMIT board reports it: per event and per year, how many women, men, non-binary
// people and people of unknown gender were speakers, hosts and attendees, and the share of women
// among those whose gender is known (unknown counted and shown, never guessed).
export interface GenderCount {
  women: number;
  men: number;
  nonBinary: number;
  unknown: number;
  /** women ÷ (women + men + non-binary); null when nobody's gender is known. */
  womenShare: number | null;
}

export interface ParityLine {
  speakers: GenderCount;
  hosts: GenderCount;
  attendees: GenderCount;
  all: GenderCount;
}

export interface EventParity extends ParityLine {
  id: number;
  name: string;
  date: string | null;
}

export interface ParityReport {
  year: number | null;
  events: EventParity[];
  /** Every event of the report together (each person counted once per event and role). */
  total: ParityLine;
}
