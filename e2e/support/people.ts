/** The people of the e2e journeys: a system administrator, a team lead and a viewer (a funder). */
export const ADMIN = {
  name: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'mango trees by the river',
};

export const LEAD = {
  name: 'Lucas Mabunda',
  email: 'lucas.mabunda@example.org',
  temporaryPassword: 'first day at the office',
  password: 'cashew harvest in nampula',
};

export const VIEWER = {
  name: 'Valeria Ortiz',
  email: 'valeria.ortiz@example.org',
  temporaryPassword: 'temporary viewer phrase',
  password: 'quiet reading by the lake',
};
