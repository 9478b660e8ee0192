import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/base.css';
import './wallboard.css';
import './scenes/scenes.css';
import './celebration/celebration.css';
import { PreviewApp } from './PreviewApp';
import { WallboardApp } from './WallboardApp';

const [, first, token = ''] = window.location.pathname.split('/');
if (window.fanfareKiosk?.kiosk) document.documentElement.classList.add('kiosk');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{first === 'wall-preview' ? <PreviewApp /> : <WallboardApp token={token} />}</StrictMode>);
}
