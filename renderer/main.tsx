import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { guardAgainstStrayFileDrops } from './documents/file-drop-guard';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
guardAgainstStrayFileDrops(window);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
