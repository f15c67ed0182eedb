import { registerNamespace } from '../../shared/i18n/i18n.js';

export const LEARNING_NAMESPACE = 'learning';

await registerNamespace(LEARNING_NAMESPACE, {
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
});
