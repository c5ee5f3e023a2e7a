// Salon's elements in Vue 3, without a wrapper or a build step: `.prop` hands the backend object
// to <salon-provider> as a property, `@salon-…` listens to Salon's events. Vue is told which
// tags are custom elements so it does not try to resolve them as Vue components.
import { createApp, markRaw, ref } from 'vue';
import 'salon-widgets/provider.js';
import 'salon-widgets/swap-card.js';
import { clubBackend } from './backend.js';

const app = createApp({
  setup() {
    const writes = ref([]);
    const heard = ref('');
    const backend = markRaw(clubBackend({ id: 'examples:vue', onWrite: (write) => writes.value.push(write) }));
    return { writes, heard, backend };
  },
  template: `
    <div class="app">
      <salon-provider site="club" :backend.prop="backend">
        <salon-swap-card
          placement="examples"
          @salon-swap-click="heard = 'You followed a link to ' + $event.detail.title + '.'"
          @salon-swap-signup="heard = 'You signed up for ' + $event.detail.author + '’s newsletter: ' + $event.detail.status + '.'"
        ></salon-swap-card>
      </salon-provider>
      <p class="heard" role="status">{{ heard }}</p>
      <section class="writes" aria-label="What the backend received">
        <h3>What the backend received</h3>
        <p v-if="writes.length === 0">Nothing yet.</p>
        <ol v-else>
          <li v-for="(write, i) in writes" :key="i">{{ [write.method, write.email, write.detail].filter(Boolean).join(' · ') }}</li>
        </ol>
      </section>
    </div>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('salon-');
app.mount('#vue');
