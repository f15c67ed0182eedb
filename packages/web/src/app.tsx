import { CssReset, CssVariables } from '@dhis2-ui/css';
import { lazy, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { AppLayout } from './shared/layout/app-layout.js';
import { RequireSession } from './shared/session/require-session.js';
import { SessionProvider, useSession } from './shared/session/session-context.js';

const HomePage = lazy(() => import('./features/home/home-page.js'));
const AboutPage = lazy(() => import('./features/about/about-page.js'));
const NotFoundPage = lazy(() => import('./features/not-found/not-found-page.js'));
const SignInPage = lazy(() => import('./features/auth/sign-in-page.js'));
const SetupPage = lazy(() => import('./features/auth/setup-page.js'));
const ChangePasswordPage = lazy(() => import('./features/account/change-password-page.js'));
const AccountPage = lazy(() => import('./features/account/account-page.js'));
const UsersPage = lazy(() => import('./features/admin/users-page.js'));
const TeamsAdminPage = lazy(() => import('./features/admin/teams-page.js'));
const TeamPage = lazy(() => import('./features/teams/team-page.js'));
const TeamAccessPage = lazy(() => import('./features/teams/team-access-page.js'));
const TeamAuditPage = lazy(() => import('./features/teams/team-audit-page.js'));
const TeamStructurePage = lazy(() => import('./features/team-structure/structure-page.js'));
const RosterPage = lazy(() => import('./features/team-structure/roster-page.js'));
const RoleNamesPage = lazy(() => import('./features/team-structure/role-names-page.js'));
const TwoFactorPage = lazy(() => import('./features/two-factor/two-factor-page.js'));
const SecuritySettingsPage = lazy(() => import('./features/two-factor/security-settings-page.js'));
const RoundsPage = lazy(() => import('./features/assessments/rounds-page.js'));
const RoundPage = lazy(() => import('./features/assessments/round-page.js'));
const AssessmentPage = lazy(() => import('./features/assessments/assessment-page.js'));
const RoundResultsPage = lazy(() => import('./features/assessment-results/round-results-page.js'));
const MemberResultsPage = lazy(() => import('./features/assessment-results/member-results-page.js'));
const FrameworksPage = lazy(() => import('./features/frameworks/frameworks-page.js'));
const FrameworkPage = lazy(() => import('./features/frameworks/framework-page.js'));
const PlansPage = lazy(() => import('./features/plans/plans-page.js'));
const PlanPage = lazy(() => import('./features/plans/plan-page.js'));
const PlanPrintPage = lazy(() => import('./features/plans/plan-print-page.js'));
const TermsOfReferencePage = lazy(() => import('./features/plans/terms-of-reference-page.js'));
const FundingSourcesPage = lazy(() => import('./features/funding/funding-sources-page.js'));
const TeamDashboardPage = lazy(() => import('./features/dashboard/team-dashboard-page.js'));
const TeamsOverviewPage = lazy(() => import('./features/dashboard/teams-overview-page.js'));
const LearningPathsPage = lazy(() => import('./features/learning/learning-paths-page.js'));
const MemberLearningPage = lazy(() => import('./features/learning/member-learning-page.js'));

/** A page for signed-in people only (and, with `systemAdmin`, for system administrators only). */
function signedIn(
  Page: ComponentType,
  options: { systemAdmin?: boolean; passwordChange?: boolean; twoFactorSetup?: boolean } = {},
) {
  return function SignedInPage() {
    return (
      <RequireSession {...options}>
        <Page />
      </RequireSession>
    );
  };
}

const SignedInHome = signedIn(HomePage);
const SignedInChangePassword = signedIn(ChangePasswordPage, { passwordChange: true });
const SignedInAccount = signedIn(AccountPage);
const SignedInUsers = signedIn(UsersPage, { systemAdmin: true });
const SignedInTeamsAdmin = signedIn(TeamsAdminPage, { systemAdmin: true });
const SignedInTeam = signedIn(TeamPage);
const SignedInTeamAccess = signedIn(TeamAccessPage);
const SignedInTeamAudit = signedIn(TeamAuditPage);
const SignedInTeamStructure = signedIn(TeamStructurePage);
const SignedInRoster = signedIn(RosterPage);
const SignedInRoleNames = signedIn(RoleNamesPage);
const SignedInTwoFactor = signedIn(TwoFactorPage, { twoFactorSetup: true });
const SignedInSecuritySettings = signedIn(SecuritySettingsPage, { systemAdmin: true });
const SignedInRounds = signedIn(RoundsPage);
const SignedInRound = signedIn(RoundPage);
const SignedInRoundResults = signedIn(RoundResultsPage);
const SignedInMemberResults = signedIn(MemberResultsPage);
const SignedInAssessment = signedIn(AssessmentPage);
const SignedInFrameworks = signedIn(FrameworksPage);
const SignedInFramework = signedIn(FrameworkPage);
const SignedInPlans = signedIn(PlansPage);
const SignedInPlan = signedIn(PlanPage);
const SignedInPlanPrint = signedIn(PlanPrintPage);
const SignedInTermsOfReference = signedIn(TermsOfReferencePage);
const SignedInFundingSources = signedIn(FundingSourcesPage);
const SignedInTeamDashboard = signedIn(TeamDashboardPage);
const SignedInTeamsOverview = signedIn(TeamsOverviewPage, { systemAdmin: true });
const SignedInLearningPaths = signedIn(LearningPathsPage);
const SignedInMemberLearning = signedIn(MemberLearningPage);

/** A signed-out visit to the home page goes to sign-in (which points to setup on a new server). */
function Home() {
  const { state } = useSession();
  if (state.status === 'signed-out') return <Redirect to="/sign-in" replace />;
  return <SignedInHome />;
}

/** Each page is its own chunk, so a first visit downloads only the page it opens. */
export function App() {
  return (
    <>
      <CssReset />
      <CssVariables colors spacers theme elevations />
      <SessionProvider>
        <AppLayout>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/setup" component={SetupPage} />
            <Route path="/about" component={AboutPage} />
            <Route path="/change-password" component={SignedInChangePassword} />
            <Route path="/account" component={SignedInAccount} />
            <Route path="/two-factor" component={SignedInTwoFactor} />
            <Route path="/admin/security" component={SignedInSecuritySettings} />
            <Route path="/admin/users" component={SignedInUsers} />
            <Route path="/admin/teams" component={SignedInTeamsAdmin} />
            <Route path="/teams/:teamId" component={SignedInTeam} />
            <Route path="/teams/:teamId/access" component={SignedInTeamAccess} />
            <Route path="/teams/:teamId/audit" component={SignedInTeamAudit} />
            <Route path="/teams/:teamId/structure" component={SignedInTeamStructure} />
            <Route path="/teams/:teamId/members" component={SignedInRoster} />
            <Route path="/teams/:teamId/role-names" component={SignedInRoleNames} />
            <Route path="/teams/:teamId/rounds" component={SignedInRounds} />
            <Route path="/teams/:teamId/rounds/:roundId" component={SignedInRound} />
            <Route path="/teams/:teamId/rounds/:roundId/results" component={SignedInRoundResults} />
            <Route path="/teams/:teamId/members/:memberId/results" component={SignedInMemberResults} />
            <Route path="/teams/:teamId/members/:memberId/learning" component={SignedInMemberLearning} />
            <Route path="/learning-paths" component={SignedInLearningPaths} />
            <Route path="/teams/:teamId/frameworks" component={SignedInFrameworks} />
            <Route path="/teams/:teamId/frameworks/:frameworkId" component={SignedInFramework} />
            <Route path="/teams/:teamId/plans" component={SignedInPlans} />
            <Route path="/teams/:teamId/plans/:planId" component={SignedInPlan} />
            <Route path="/teams/:teamId/plans/:planId/print" component={SignedInPlanPrint} />
            <Route path="/teams/:teamId/funding-sources" component={SignedInFundingSources} />
            <Route path="/teams/:teamId/terms-of-reference" component={SignedInTermsOfReference} />
            <Route path="/teams/:teamId/dashboard" component={SignedInTeamDashboard} />
            <Route path="/admin/dashboard" component={SignedInTeamsOverview} />
            <Route path="/assessments/:assessmentId" component={SignedInAssessment} />
            <Route component={NotFoundPage} />
          </Switch>
        </AppLayout>
      </SessionProvider>
    </>
  );
}
