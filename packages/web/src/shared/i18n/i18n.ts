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

async function ensureLoaded(language: SupportedLanguage): Promise<void> {
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
