/**
 * Entry: start the first screen's requests (`boot.ts`, no React), then load the app. The
 * stylesheet stays in the entry so it is linked from index.html and applied before first paint.
 */
import { bootPrefetch } from './boot';
import './styles.css';

bootPrefetch();
void import('./start');
