// Renderer entry: picks the transport (Electron preload or browser host), then mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { ClientContext } from './api/context';
import { currentBridge } from './api/transport';
import { App } from './App';
import { setupI18n } from './i18n';
import { loadCytoscape } from './pages/network/cytoscape-loader';
import { requestGraphEarly } from './pages/network/early-graph';
import './styles.css';

setupI18n();
const client = createClient(currentBridge());
requestGraphEarly(client); // the app opens on the Network view
void loadCytoscape(); // meanwhile
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ClientContext.Provider value={client}>
      <App />
    </ClientContext.Provider>
  </StrictMode>,
);
