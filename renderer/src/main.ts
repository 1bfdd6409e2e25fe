// Renderer entry: mounts the app into the page.
import './lib/zod-jitless';
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element');
mount(App, { target });
