import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useCurrentTeam, type CurrentTeam } from '../session/current-team.js';
import { useSession, type SessionState } from '../session/session-context.js';

interface NavigationItem {
  path: string;
  labelKey: string;
}

interface NavigationGroup {
  key: string;
  /** A heading for the group: translated, or a team's own name. */
  labelKey?: string;
  label?: string;
  items: NavigationItem[];
}

/** What a person may open depends on who they are: signed out, team roles, system admin. */
function navigationFor(state: SessionState, team: CurrentTeam | undefined): NavigationGroup[] {
  if (state.status === 'signed-out') {
    const items: NavigationItem[] = [{ path: '/sign-in', labelKey: 'navigation.signIn' }];
    if (state.setupRequired) items.push({ path: '/setup', labelKey: 'navigation.setup' });
    return [{ key: 'public', items }];
  }
  if (state.status !== 'signed-in') return [];
  if (state.me.user.mustChangePassword) {
    return [
      { key: 'password', items: [{ path: '/change-password', labelKey: 'navigation.changePassword' }] },
    ];
  }
  if (state.me.twoFactorEnrolmentRequired) {
    return [{ key: 'two-factor', items: [{ path: '/two-factor', labelKey: 'navigation.twoFactor' }] }];
  }
  const groups: NavigationGroup[] = [
    {
      key: 'start',
      items: [
        { path: '/', labelKey: 'navigation.home' },
        { path: '/learning-paths', labelKey: 'navigation.learningPaths' },
      ],
    },
  ];
  if (team) {
    const base = `/teams/${encodeURIComponent(team.id)}`;
    const items: NavigationItem[] = [{ path: base, labelKey: 'navigation.teamOverview' }];
    // Aggregates only: every team role sees the governance dashboard.
    items.push({ path: `${base}/dashboard`, labelKey: 'navigation.teamDashboard' });
    items.push({ path: `${base}/structure`, labelKey: 'navigation.teamStructure' });
    // Viewers see the team's aggregates only, never the people in it.
    if (team.canManage || team.roles.some((role) => role !== 'viewer')) {
      items.push({ path: `${base}/members`, labelKey: 'navigation.teamRoster' });
    }
    // Every team role sees the plans (viewers their totals only).
    items.push({ path: `${base}/plans`, labelKey: 'navigation.teamPlans' });
    if (team.canManage) {
      items.push({ path: `${base}/funding-sources`, labelKey: 'navigation.teamFundingSources' });
      items.push({ path: `${base}/role-names`, labelKey: 'navigation.teamRoleNames' });
      items.push({ path: `${base}/access`, labelKey: 'navigation.teamAccess' });
      items.push({ path: `${base}/audit`, labelKey: 'navigation.teamAudit' });
    }
    groups.push({ key: 'team', label: team.name ?? '', items });
  }
  groups.push({ key: 'account', items: [{ path: '/account', labelKey: 'navigation.account' }] });
  if (state.me.user.systemAdmin) {
    groups.push({
      key: 'admin',
      labelKey: 'navigation.administration',
      items: [
        { path: '/admin/users', labelKey: 'navigation.adminUsers' },
        { path: '/admin/teams', labelKey: 'navigation.adminTeams' },
        { path: '/admin/dashboard', labelKey: 'navigation.adminDashboard' },
        { path: '/admin/security', labelKey: 'navigation.adminSecurity' },
      ],
    });
  }
  groups.push({ key: 'about', items: [{ path: '/about', labelKey: 'navigation.about' }] });
  return groups;
}

/**
 * Plain links styled like the DHIS2 menu. @dhis2-ui/menu weighs 57 KB gzipped (it brings
 * popper and layers for flyout menus we do not use); this is a few hundred bytes.
 */
export function AppNavigation() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const { state } = useSession();
  const team = useCurrentTeam();
  const idPrefix = useId();
  const groups = navigationFor(state, team);
  // On a small screen the menu sits above the page, folded behind one button: the page starts
  // where it will stay, instead of being pushed down as the menu's sections arrive.
  const [open, setOpen] = useState(false);
  const groupsId = `${idPrefix}-groups`;
  return (
    <nav
      className={open ? 'app-navigation app-navigation--open' : 'app-navigation'}
      aria-label={t('navigation.label')}
    >
      <button
        type="button"
        className="app-navigation__toggle"
        aria-expanded={open}
        aria-controls={groupsId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('navigation.menu')}
      </button>
      <div id={groupsId} className="app-navigation__groups">
        {groups.map((group) => {
          const heading = group.labelKey ? t(group.labelKey) : group.label;
          const headingId = `${idPrefix}-${group.key}`;
          return (
            <div key={group.key} className="app-navigation__group">
              {heading !== undefined && (
                <span id={headingId} className="app-navigation__heading">
                  {heading}
                </span>
              )}
              <ul
                className="app-navigation__list"
                aria-labelledby={heading !== undefined ? headingId : undefined}
              >
                {group.items.map((item) => {
                  const current = pathname === item.path;
                  return (
                    <li key={item.path}>
                      <Link
                        href={item.path}
                        className={
                          current
                            ? 'app-navigation__link app-navigation__link--current'
                            : 'app-navigation__link'
                        }
                        aria-current={current ? 'page' : undefined}
                        onClick={() => setOpen(false)}
                      >
                        {t(item.labelKey)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
