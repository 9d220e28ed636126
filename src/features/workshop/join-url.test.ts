import { describe, expect, it } from 'vitest';
import { joinUrl, parseAppAddress, saveAppAddress, storedAppAddress } from './join-url';

const hosted = { origin: 'https://team.example.org', pathname: '/modusspiegel/', protocol: 'https:' };
const usbStick = { origin: 'null', pathname: '/media/usb/modusspiegel.html', protocol: 'file:' };

describe('joinUrl', () => {
  it('points a hosted app at itself, with the code in the fragment', () => {
    expect(joinUrl('K7MQ45', hosted, null)).toBe('https://team.example.org/modusspiegel/#/join/K7MQ45');
  });

  it('gives a copy opened as a file no address, unless the facilitator configured one', () => {
    expect(joinUrl('K7MQ45', usbStick, null)).toBeNull();
    expect(joinUrl('K7MQ45', usbStick, 'https://team.example.org/app/')).toBe('https://team.example.org/app/#/join/K7MQ45');
  });
});

describe('the configured app address', () => {
  it('accepts http(s) addresses without their fragment and refuses anything else', () => {
    expect(parseAppAddress(' https://team.example.org/app/#/join/X ')).toBe('https://team.example.org/app/');
    expect(parseAppAddress('file:///media/usb/app.html')).toBeNull();
    expect(parseAppAddress('team.example.org')).toBeNull();
    expect(parseAppAddress('javascript:alert(1)')).toBeNull();
  });

  it('is kept on this device and can be forgotten', () => {
    expect(storedAppAddress()).toBeNull();
    saveAppAddress('https://team.example.org/app/');
    expect(storedAppAddress()).toBe('https://team.example.org/app/');
    saveAppAddress(null);
    expect(storedAppAddress()).toBeNull();
  });
});
