// The single-file bundle for a page's <script type="module">: every dependency inlined.
export { CdsProgress } from './progress/progress.js';
