import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/base.css';
import './manager.css';
import './organisation.css';
import './portfolio.css';
import { ManagerApp } from './ManagerApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ManagerApp />
    </StrictMode>,
  );
}
