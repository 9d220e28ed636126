// The join address lives in src/lib so the presenter can show it too (features never import each other).
export { joinUrl } from '../../lib/join-url';
