import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme } from './app/theme';
import { guardAgainstStrayFileDrops } from './documents/file-drop-guard';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
guardAgainstStrayFileDrops(window);
// The OS setting until the saved settings are read, so the first paint is not the wrong colour.
applyTheme('system');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
