import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootPrefetch } from './boot';
import './styles.css';

bootPrefetch();
createRoot(document.getElementById('root')!).render(<App />);
