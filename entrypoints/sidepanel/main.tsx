import { render } from 'preact';
import '@/components/theme.css';
import '@/components/comparison/comparison.css';
import '@/components/sidebar.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
