import { app, shell, type WebContents } from 'electron';

/**
 * Every window may only show pages of the origins it was opened for. Navigation elsewhere
 * is blocked; links that open new windows go to the system browser when they are web
 * links, and nowhere otherwise. No window may attach a webview.
 */
export function guardWebContents(allowedOrigins: () => readonly string[]): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const allowed = (url: string) => {
      try {
        return allowedOrigins().includes(new URL(url).origin);
      } catch {
        return false;
      }
    };
    contents.on('will-navigate', (event, url) => {
      if (!allowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:\/\//.test(url) && !allowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
