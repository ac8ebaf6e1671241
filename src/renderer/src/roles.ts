// One colour per role (Okabe–Ito palette: distinguishable with the common colour blindnesses).
import type { Role } from '../../shared/domain';

export const ROLE_COLOURS: Record<Role, string> = {
  cmo: '#0072B2',
  peer: '#56B4E9',
  analyst: '#E69F00',
  journalist: '#CC79A7',
  consultant: '#009E73',
  cio: '#D55E00',
  expert: '#C9B800',
  other: '#999999',
};
