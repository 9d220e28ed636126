// The join address lives in src/lib so the presenter can show it too (features never import each other).
export { APP_ADDRESS_KEY, joinUrl, parseAppAddress, saveAppAddress, storedAppAddress } from '../../lib/join-url';
