import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isSupportedLanguage,
  SUPPORTED_LANGUAGES,
  type MeResponse,
  type SupportedLanguage,
} from '@coreteam/core';
import { patchJson } from '../api/api-client.js';
import { changeLanguage } from '../i18n/i18n.js';
import { useSession, type Session } from '../session/session-context.js';

/**
 * A signed-in person's choice is also their preferred language on the server, so it follows them
 * to their next sign-in and to the documents the server writes for them. Saving it is best
 * effort: offline, the choice still holds on this device.
 */
async function choose(language: SupportedLanguage, session: Session): Promise<void> {
  await changeLanguage(language);
  if (session.state.status !== 'signed-in') return;
  const { user } = session.state.me;
  if (user.preferredLanguage === language) return;
  try {
    session.update(
      await patchJson<MeResponse>('/api/me', { version: user.version, preferredLanguage: language }),
    );
  } catch {
    void session.refresh();
  }
}

/**
 * A native select: light, keyboard-operable and read well by screen readers. Each language
 * is named in itself, so a person can find their own whatever the current language.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const id = useId();
  return (
    <div className="app-header__field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (isSupportedLanguage(language)) void choose(language, session);
        }}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
