// The author's console (/console/ on the reference server): its own bundle, built with Lit like
// the widgets and using them for previews. Not part of the npm package or the CDN widget bundle.
import './app/console-app.js';
