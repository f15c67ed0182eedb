import { registerNamespace } from '../../shared/i18n/i18n.js';

export const ASSESSMENTS_NAMESPACE = 'assessments';

await registerNamespace(ASSESSMENTS_NAMESPACE, {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
});
