import { registerNamespace } from '../../shared/i18n/i18n.js';

export const TEAM_STRUCTURE_NAMESPACE = 'team-structure';

await registerNamespace(TEAM_STRUCTURE_NAMESPACE, {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
});
