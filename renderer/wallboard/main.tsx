import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/base.css';
import './wallboard.css';
import { WallboardApp } from './WallboardApp';

const token = window.location.pathname.split('/')[2] ?? '';
if (window.fanfareKiosk?.kiosk) document.documentElement.classList.add('kiosk');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WallboardApp token={token} />
    </StrictMode>,
  );
}
