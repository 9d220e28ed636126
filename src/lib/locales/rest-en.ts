import { byNamespace, type Bundle } from './bundle';

// Every other namespace of this language, in one chunk loaded right after the first screen: a new
// locales/en/x.json is included without a change here.
export default byNamespace(
  import.meta.glob<Bundle>(['../../../locales/en/*.json', '!../../../locales/en/{common,home,modes}.json'], { eager: true, import: 'default' }),
);
