// Vue's self-contained browser build has the same API as the package's typed entry.
declare module 'vue/dist/vue.runtime.esm-browser.prod.js' {
  export * from 'vue';
}
