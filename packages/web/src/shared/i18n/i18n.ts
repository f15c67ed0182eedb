import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  FALLBACK_LANGUAGE,
  isSupportedLanguage,
  pickSupportedLanguage,
  type SupportedLanguage,
} from '@coreteam/core';
import en from './locales/en.json';

const STORAGE_KEY = 'coreteam.language';

/** Other languages are fetched when chosen, so an English first load carries only English. */
const loaders: Record<
  Exclude<SupportedLanguage, 'en'>,
  () => Promise<{ default: Record<string, unknown> }>
> = {
  fr: () => import('./locales/fr.json'),
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
};

type LocaleModule = { default: Record<string, unknown> };
export type NamespaceLoaders = Record<SupportedLanguage, () => Promise<LocaleModule>>;

/**
 * Features with many strings keep them in their own folder (features/<name>/locales) as an
 * i18next namespace, loaded with the feature's chunk rather than in the first load.
 */
const featureNamespaces = new Map<string, NamespaceLoaders>();

async function loadNamespace(namespace: string, language: SupportedLanguage): Promise<void> {
  const namespaceLoaders = featureNamespaces.get(namespace);
  if (!namespaceLoaders || i18next.hasResourceBundle(language, namespace)) return;
  const loaded = await namespaceLoaders[language]();
  i18next.addResourceBundle(language, namespace, loaded.default, true, true);
}

/**
 * Registers a feature's namespace and loads it for the current language and English (the
 * fallback). Await it at the top of the feature's page module, before anything renders.
 */
export async function registerNamespace(
  namespace: string,
  namespaceLoaders: NamespaceLoaders,
): Promise<void> {
  featureNamespaces.set(namespace, namespaceLoaders);
  const current = isSupportedLanguage(i18next.language) ? i18next.language : FALLBACK_LANGUAGE;
  await Promise.all([loadNamespace(namespace, FALLBACK_LANGUAGE), loadNamespace(namespace, current)]);
}

async function ensureLoaded(language: SupportedLanguage): Promise<void> {
  await Promise.all([...featureNamespaces.keys()].map((namespace) => loadNamespace(namespace, language)));
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const resources = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', resources.default, true, true);
}

function storedLanguage(): SupportedLanguage | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value && isSupportedLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The language chosen earlier on this browser, else the browser's own preference. */
export function initialLanguage(): SupportedLanguage {
  return storedLanguage() ?? pickSupportedLanguage(navigator.languages ?? [navigator.language]);
}

export async function changeLanguage(language: SupportedLanguage): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const first = initialLanguage();
if (first !== FALLBACK_LANGUAGE) void changeLanguage(first);

export { i18next };
