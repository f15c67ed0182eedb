import { registerNamespace } from '../../shared/i18n/i18n.js';

export const PLANS_NAMESPACE = 'plans';

await registerNamespace(PLANS_NAMESPACE, {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
});
