import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import './print.css';
import { App } from './app/App';
import { loadLanguage } from './i18n/load';
import { store } from './lib/store';

// The chosen language's start-page words come first; everything else loads with the screen that needs it.
await loadLanguage(store.get().lang, ['start']);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
