// Designsystemet's typeface, served with the app (no font CDN): Inter in the weights the theme and app.css use.
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/app.css';
import './i18n';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

/** Marks when the app's first render is on the page (performance figures in the browser tests). */
function Rendered() {
  useEffect(() => {
    if (!performance.getEntriesByName('app-rendered').length) performance.mark('app-rendered');
  }, []);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <Rendered />
  </StrictMode>,
);
