import { CssReset, CssVariables } from '@dhis2-ui/css';
import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { AppLayout } from './shared/layout/app-layout.js';

const HomePage = lazy(() => import('./features/home/home-page.js'));
const AboutPage = lazy(() => import('./features/about/about-page.js'));
const NotFoundPage = lazy(() => import('./features/not-found/not-found-page.js'));

/** Each page is its own chunk, so a first visit downloads only the page it opens. */
export function App() {
  return (
    <>
      <CssReset />
      <CssVariables colors spacers theme elevations />
      <AppLayout>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/about" component={AboutPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </AppLayout>
    </>
  );
}
