// The reference server: `npm start` (builds what is stale, then runs this), `npx salon-server`,
// or `tsx server/main.ts` from source.
import { main } from './server.js';

await main();
