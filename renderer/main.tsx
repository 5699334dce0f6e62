// oxlint-disable-next-line import/no-unassigned-import -- Vite emits imported CSS as a file (the CSP forbids inline styles).
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { prefetchTodayList } from './today/prefetch';

// Today's list is what nearly every start shows: ask for its top rows before React even renders.
if (window.location.hash !== '#import') prefetchTodayList();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
