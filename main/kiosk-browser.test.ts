import { describe, expect, it } from 'vitest';
import { findKioskBrowser, kioskBrowserArgs } from './kiosk-browser';

describe('findKioskBrowser', () => {
  it('takes FANFARE_BROWSER first, then the first Chromium-family program on PATH, then the usual install paths', () => {
    const present = new Set(['/opt/bin/google-chrome', '/usr/bin/chromium', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']);
    const exists = (p: string) => present.has(p);
    expect(findKioskBrowser({ PATH: '/usr/bin:/opt/bin' }, 'linux', exists)).toBe('/usr/bin/chromium');
    expect(findKioskBrowser({ PATH: '/opt/bin:/usr/bin' }, 'linux', exists)).toBe('/opt/bin/google-chrome');
    expect(findKioskBrowser({ PATH: '/usr/bin', FANFARE_BROWSER: '/opt/bin/google-chrome' }, 'linux', exists)).toBe('/opt/bin/google-chrome');
    expect(findKioskBrowser({ PATH: '', FANFARE_BROWSER: '/nope' }, 'linux', exists)).toBeNull();
    expect(findKioskBrowser({ PATH: 'C:\\Windows' }, 'win32', exists)).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(findKioskBrowser({ PATH: '/bin' }, 'linux', () => false)).toBeNull();
  });
});

describe('kioskBrowserArgs', () => {
  it('opens the link full screen with sound allowed in its own profile, covering a bare X screen', () => {
    const args = kioskBrowserArgs('http://10.0.0.5:4870/wall/abc', '/data/kiosk-browser', false, { width: 1920, height: 1080 });
    expect(args).toEqual(expect.arrayContaining(['--kiosk', '--app=http://10.0.0.5:4870/wall/abc', '--user-data-dir=/data/kiosk-browser', '--autoplay-policy=no-user-gesture-required', '--window-position=0,0', '--window-size=1921,1081']));
    expect(args).not.toContain('--no-sandbox');
    expect(kioskBrowserArgs('http://x/wall/abc', '/p', true)).toContain('--no-sandbox');
    expect(kioskBrowserArgs('http://x/wall/abc', '/p', false).some((a) => a.startsWith('--window-size'))).toBe(false);
  });
});
