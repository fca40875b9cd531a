import { render } from 'preact';

render(<p>Parallax</p>, document.getElementById('app')!);
