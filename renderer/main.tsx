// oxlint-disable-next-line import/no-unassigned-import -- Vite emits imported CSS as a file (the CSP forbids inline styles).
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { prefetchTodayList } from './today/prefetch';
import { startTheme } from './ui/theme';

// The theme goes on before anything renders; the saved preference is fetched alongside the first data.
startTheme();

// Today's list is what nearly every start shows: ask for its top rows before React even renders.
if (window.location.hash !== '#import') prefetchTodayList();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
