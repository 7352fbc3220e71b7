// Renderer entry: sets up translations, picks the transport (IPC or preview host) and mounts the app.
import './i18n';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDefaultApi } from './api/choose-transport';
import { createQueryClient } from './api/queries';
import { installExternalLinks } from './shell/external-links';

installExternalLinks();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App api={createDefaultApi()} queryClient={createQueryClient()} />
  </StrictMode>,
);
