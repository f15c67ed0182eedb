import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-500.css';
import './shared/i18n/i18n.js';
import './app.css';
import { App } from './app.js';
import { registerServiceWorker } from './shared/offline/service-worker.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Development serves modules straight from Vite: a service worker would only get in the way.
if (import.meta.env.PROD) registerServiceWorker();
