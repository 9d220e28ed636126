import { byNamespace, type Bundle } from './bundle';

// The texts of the first screen (layout and home page), loaded before the first render.
// Keep START_NAMESPACES in ./bundle.ts in step with this list.
export default byNamespace(import.meta.glob<Bundle>('../../../locales/nl/{common,home,modes}.json', { eager: true, import: 'default' }));
