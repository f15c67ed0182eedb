import { registerNamespace } from '../../shared/i18n/i18n.js';

export const FUNDING_NAMESPACE = 'funding';

await registerNamespace(FUNDING_NAMESPACE, {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
});
