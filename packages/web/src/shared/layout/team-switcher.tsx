import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useCurrentTeam } from '../session/current-team.js';
import { signedInBefore, useSession } from '../session/session-context.js';

/**
 * The teams the person belongs to. The chosen team lives in the URL (/teams/:teamId/…), so a
 * link or a reload keeps it; switching keeps the section (access, audit) when the person may
 * see it in the other team too.
 */
export function TeamSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const { state } = useSession();
  const current = useCurrentTeam();
  const [pathname, navigate] = useLocation();
  if (state.status === 'loading' && signedInBefore()) {
    // Its place, kept while the session loads, so the header does not grow under the page
    // (on a phone the switcher has a row of its own).
    return (
      <div
        className="app-header__field app-header__field--team app-header__field--placeholder"
        aria-hidden="true"
      />
    );
  }
  if (state.status !== 'signed-in' || state.me.user.mustChangePassword) return null;
  const { teams, user } = state.me;
  const options = teams.map((team) => ({ id: team.id, name: team.name }));
  if (current && !teams.some((team) => team.id === current.id)) {
    options.push({ id: current.id, name: current.name ?? t('app.loading') });
  }
  if (options.length === 0) return null;

  const choose = (teamId: string) => {
    const section = /^\/teams\/[^/]+\/(access|audit)$/.exec(pathname)?.[1];
    const roles = teams.find((team) => team.id === teamId)?.roles ?? [];
    const keepSection = section && (user.systemAdmin || roles.includes('lead'));
    navigate(`/teams/${encodeURIComponent(teamId)}${keepSection ? `/${section}` : ''}`);
  };

  return (
    <div className="app-header__field app-header__field--team">
      <label htmlFor={id}>{t('teamSwitcher.label')}</label>
      <select id={id} value={current?.id ?? ''} onChange={(event) => choose(event.target.value)}>
        {!current && <option value="">{t('teamSwitcher.choose')}</option>}
        {options.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </div>
  );
}
