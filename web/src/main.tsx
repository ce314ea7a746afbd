/**
 * Entry: start the first screen's requests (`boot.ts`, no React), then load and start the app. The
 * stylesheet stays in the entry so it is linked from index.html and applied before first paint.
 */
import { bootPrefetch } from './boot';
import './styles.css';

const view = bootPrefetch();
// The app chunk and the opening view's chunk load in parallel; React renders once both are in
// (a failed view chunk is left to the view's own error path).
void Promise.all([import('./start'), view?.catch(() => undefined)]).then(([app]) => app.startApp());
