/** The React app, loaded by the entry (`main.tsx`) once the first requests are on their way. */
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function startApp(): void {
  createRoot(document.getElementById('root')!).render(<App />);
}
