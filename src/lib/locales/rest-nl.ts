import { byNamespace, type Bundle } from './bundle';

// Every other namespace of this language, in one chunk loaded right after the first screen: a new
// locales/nl/x.json is included without a change here.
export default byNamespace(
  import.meta.glob<Bundle>(['../../../locales/nl/*.json', '!../../../locales/nl/{common,home,modes}.json'], { eager: true, import: 'default' }),
);
