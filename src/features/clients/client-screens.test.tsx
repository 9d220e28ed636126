import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ClientPhonePage from './client-phone-page';
import ClientTablePage from './client-table-page';
import { renderAt } from '../../testing/render';
import { useProgressStore } from '../../stores/progress-store';
import { useClientPhoneStore } from '../../stores/client-phone-store';
import { useClientStore } from '../../stores/client-store';
import { useHistoryStore } from '../../stores/history-store';
import { CLIENT_CHECK_V2, CLIENT_MIRROR_V2 } from '../../model/instruments/client-check';
import { decodeResultCode } from '../../model/codec/result-code';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { findInstrument } from '../../model/instruments/registry';
import { seeded } from '../../model/testing/seeded';
import { isClientView, isMirrorForm, resultOfForm } from '../../model/client/collection';
import { unlockDevice } from '../../stores/shared-device-lock';

const code = generateWorkshopCode(seeded(7));
/** The link of a new conversation names form version 2; one made before it existed names none (version 1). */
const phone = (version = '/v2') =>
  renderAt(`/client/${code}/coach${version}`, [
    { path: '/client/:code/:word', element: <ClientPhonePage form="client" /> },
    { path: '/client/:code/:word/:formVersion', element: <ClientPhonePage form="client" /> },
  ]);

/** Answers every statement "Vaak" by role, as a client would. */
async function answerAll(user: ReturnType<typeof userEvent.setup>) {
  for (let i = 0; i < CLIENT_CHECK_V2.items.length; i++) {
    const group = await screen.findByRole('group', { name: /Mijn coach/ });
    await user.click(within(group).getByRole('radio', { name: 'Vaak' }));
    await user.click(screen.getByRole('button', { name: i === CLIENT_CHECK_V2.items.length - 1 ? 'Klaar' : 'Volgende' }));
  }
}

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useClientPhoneStore.setState({ entries: [] });
  useClientStore.setState({ collections: [] });
  useHistoryStore.setState({ results: [] });
});
afterEach(() => vi.unstubAllGlobals());

describe('the client on their own phone', () => {
  it('starts with what happens to the answers, then hands over a code that holds them', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await phone();
    expect(screen.getByRole('heading', { level: 1, name: 'Hoe ervaar jij je coach?' })).toBeInTheDocument();
    expect(screen.getByText('Als je klaar bent, krijg je een code. In die code staan je antwoorden. Jij kiest of je de code aan je coach geeft.')).toBeInTheDocument();
    expect(screen.getByText(/alleen een gemiddelde van een groep cliënten/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    const output = await screen.findByLabelText('Jouw code');
    const decoded = decodeResultCode(output.textContent ?? '', { findInstrument, expectedWorkshop: code });
    expect(decoded.questionnaires[0]).toMatchObject({ instrumentVersion: 2, answers: Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, 4])) });
    // "Klaar" moved the focus to the message, not to the top of the page.
    expect(screen.getByRole('heading', { level: 1, name: 'Klaar. Dank je wel!' })).toHaveFocus();
    // Nothing lands in anyone's own history.
    expect(useHistoryStore.getState().results).toEqual([]);
  });

  it('answering again makes a code that replaces the earlier one', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await phone();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    const first = useClientPhoneStore.getState().entries[0];
    await user.click(screen.getByRole('button', { name: 'Opnieuw invullen' }));
    await answerAll(user);
    const again = useClientPhoneStore.getState().entries;
    expect(again).toHaveLength(1);
    expect(again[0]?.chain).toEqual({ root: first?.nonce, seq: 1 });
    const decoded = decodeResultCode(screen.getByLabelText('Jouw code').textContent ?? '', { findInstrument });
    expect(decoded.chain).toEqual({ root: first?.nonce, seq: 1 });
  });

  it('a link made before form version 2 keeps version 1: its statements, and a code of version 1', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await phone('');
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    for (let i = 0; i < 6; i++) {
      await user.click(within(await screen.findByRole('group', { name: /Mijn coach/ })).getByRole('radio', { name: 'Vaak' }));
      await user.click(screen.getByRole('button', { name: 'Volgende' }));
    }
    expect(screen.getByRole('group', { name: 'Mijn coach heeft haast als ik iets vertel.' })).toBeInTheDocument();
    expect(useProgressStore.getState().sessions[`client:${code}`]?.answers).toHaveProperty('k06', 4);
    expect(useProgressStore.getState().sessions[`client:${code}`]).toMatchObject({ instrumentVersion: 1 });
  });

  it('refuses a link that names a form version this app does not have', async () => {
    await phone('/v9');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beginnen' })).toBeNull();
  });

  it('asks before erasing, and says that a code already given stays with the professional', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await phone();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    await user.click(await screen.findByRole('button', { name: 'Wis mijn antwoorden' }));
    const dialog = screen.getByRole('dialog', { name: 'Je antwoorden wissen?' });
    expect(dialog).toHaveTextContent('Gaf je je code al aan je coach? Dan blijven je antwoorden bij je coach.');
    expect(dialog).toHaveTextContent('intrekcode');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(useClientPhoneStore.getState().entries).toHaveLength(1);
    expect(screen.getByLabelText('Jouw code')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wis mijn antwoorden' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Je antwoorden wissen?' })).getByRole('button', { name: 'Ja, wis ze' }));
    expect(useClientPhoneStore.getState().entries).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Je antwoorden zijn gewist.');
  });

  it('asks for more answers in questions, never by the names of the scales', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await phone();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    for (let i = 0; i < CLIENT_CHECK_V2.items.length - 1; i++) {
      await screen.findByRole('group', { name: /Mijn coach/ });
      await user.click(screen.getByRole('button', { name: 'Sla over' }));
    }
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    const alert = screen.getByRole('alert');
    // 2 of 3 statements of each keying on each scale: 8 answers.
    expect(alert).toHaveTextContent('Er zijn nog te weinig antwoorden. Beantwoord nog 8 vragen.');
    expect(alert.textContent).not.toMatch(/Steun|Verwachtingen|stelling/i);
    expect(within(alert).getByRole('button', { name: 'Ga naar de eerste open vraag' })).toBeInTheDocument();
  });

  it('without a voice on the device itself, says so in one line and offers no button', async () => {
    const user = userEvent.setup();
    const voices = [{ lang: 'nl-NL', localService: false }];
    const synth = { getVoices: () => voices, addEventListener: vi.fn(), removeEventListener: vi.fn(), cancel: vi.fn(), speak: vi.fn() };
    vi.stubGlobal('speechSynthesis', synth);
    await phone();
    // Only a remote voice: the text would leave the device.
    expect(screen.getAllByText('Voorlezen kan niet op dit apparaat.')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await screen.findByRole('group', { name: /Mijn coach/ });
    expect(screen.getAllByText('Voorlezen kan niet op dit apparaat.')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /voor$/ })).toBeNull();
  });

  it('with a local voice, reads the instructions, the statement with its answers, and the end screen', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const voices: { lang: string; localService: boolean }[] = [];
    const spoken: string[] = [];
    const synth = { getVoices: () => voices, addEventListener: vi.fn(), removeEventListener: vi.fn(), cancel: vi.fn(), speak: vi.fn((u: { text: string }) => spoken.push(u.text)) };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    });
    await phone();
    voices.push({ lang: 'nl-NL', localService: true });
    act(() => (synth.addEventListener.mock.calls[0]?.[1] as () => void)());
    expect(screen.queryByText('Voorlezen kan niet op dit apparaat.')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Lees de uitleg voor' }));
    expect(spoken.at(-1)).toContain('Je krijgt 12 korte vragen over je coach.');
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await screen.findByRole('group', { name: /Mijn coach/ });
    await user.click(screen.getByRole('button', { name: 'Lees de uitleg voor' }));
    expect(spoken.at(-1)).toContain('Kies bij elke vraag hoe vaak het zo gaat.');
    await user.click(screen.getByRole('button', { name: 'Lees de vraag voor' }));
    expect(spoken.at(-1)?.split('\n')).toEqual(['Mijn coach luistert goed naar mij.', 'Hoe vaak gaat het zo?', 'Nooit', 'Bijna nooit', 'Soms', 'Vaak', 'Altijd', 'Weet ik niet']);
    await answerAll(user);
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    expect(spoken.at(-1)).toContain('Klaar. Dank je wel!');
  });
});

const PIN = '4321';
const tableRoutes = [
  { path: '/clients/:id/table', element: <ClientTablePage /> },
  { path: '/clients/:id', element: <p>Het gesprek van de professional</p> },
];
const table = (id: string) => renderAt(`/clients/${id}/table`, tableRoutes);
const conversation = async (id: string, results: ReturnType<typeof resultOfForm>[] = []) =>
  useClientStore.getState().create({ id, code, setting: 'table', scope: 'own', word: 'coach', minClients: 5, createdAt: new Date().toISOString(), formVersion: 2, results, shown: [] });
const mirror = () => resultOfForm(code, CLIENT_MIRROR_V2, Object.fromEntries(CLIENT_MIRROR_V2.items.map((i) => [i.id, 5])), 77);

/** The professional chooses the PIN, twice, before handing the device over. */
async function lockWithPin(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Pincode (4 tot 12 cijfers)'), PIN);
  await user.type(screen.getByLabelText('Typ de pincode nog een keer'), PIN);
  await user.click(screen.getByRole('button', { name: 'Vergrendel en geef het apparaat door' }));
}

describe('a client at the table on the professional’s device', () => {
  beforeEach(() => {
    unlockDevice();
  });

  it('is locked first; the client reads where the answers go, gives them, and sees only the two views', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await conversation('t1', [mirror()]);
    await table('t1');
    await lockWithPin(user);
    expect(await screen.findByText('Dit scherm is voor de cliënt. Het laat geen andere gegevens zien.')).toBeInTheDocument();
    expect(screen.getByText(/Geef je ze\? Dan komen ze op dit apparaat, in het gesprek met je coach/)).toBeInTheDocument();
    expect(screen.queryByText(/Je antwoorden blijven op dit apparaat/)).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    // Not given yet: nothing stored.
    expect(useClientStore.getState().collections[0]?.results.filter(isClientView)).toHaveLength(0);
    await user.click(await screen.findByRole('button', { name: 'Geef je antwoorden aan je coach' }));
    await user.click(await screen.findByRole('button', { name: 'Samen bekijken' }));

    const views = screen.getByRole('table', { name: 'Jouw antwoorden en die van je coach' });
    expect(within(views).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Vraag', 'Jij', 'Jouw coach']);
    expect(within(views).getAllByRole('row')[1]).toHaveTextContent(/Mijn coach luistert goed naar mij\.VaakAltijd/);
    const words = document.body.textContent ?? '';
    for (const professionalWord of ['DOOR', 'MET', 'tussen de modi', 'wederkerigheid', 'spiegelvragenlijst', 'Steun']) expect(words).not.toContain(professionalWord);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('img', { name: /QR/ })).toBeNull();
    expect(useClientStore.getState().collections[0]?.results.filter(isClientView)).toHaveLength(1);
    expect(useHistoryStore.getState().results).toEqual([]);

    // The professional opens the device again with the PIN, and only then sees the conversation.
    await user.click(screen.getByRole('button', { name: 'Klaar met kijken' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Geef het apparaat terug aan je coach' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voor je coach: ontgrendel' }));
    await user.type(screen.getByLabelText('Pincode'), PIN);
    await user.click(screen.getByRole('button', { name: 'Ontgrendel' }));
    expect(await screen.findByText('Het gesprek van de professional')).toBeInTheDocument();
  });

  it('lets the client take the answers back: nothing is stored', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await conversation('t1', [mirror()]);
    await table('t1');
    await lockWithPin(user);
    await user.click(await screen.findByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    await user.click(await screen.findByRole('button', { name: 'Neem ze terug (wissen)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Er is niets bewaard.');
    expect(useClientStore.getState().collections[0]?.results.filter(isClientView)).toEqual([]);
    expect(useProgressStore.getState().sessions).toEqual({});
  });

  it('after a reload mid-way, greets the next client with an empty form', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await conversation('t1', [mirror()]);
    const first = await table('t1');
    await lockWithPin(user);
    await user.click(await screen.findByRole('button', { name: 'Beginnen' }));
    for (let i = 0; i < 3; i++) {
      await user.click(within(await screen.findByRole('group', { name: /Mijn coach/ })).getByRole('radio', { name: 'Nooit' }));
      await user.click(screen.getByRole('button', { name: 'Volgende' }));
    }
    expect(screen.getByText(`4 van ${CLIENT_CHECK_V2.items.length}`)).toBeInTheDocument();
    first.unmount();

    await table('t1');
    expect(useProgressStore.getState().sessions).toEqual({});
    await user.click(await screen.findByRole('button', { name: 'Beginnen' }));
    expect(screen.getByText(`1 van ${CLIENT_CHECK_V2.items.length}`)).toBeInTheDocument();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  const secondClient = async (choice: RegExp) => {
    const user = userEvent.setup();
    const first = resultOfForm(code, CLIENT_CHECK_V2, Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, 2])), 78);
    await conversation('t2', [first, mirror()]);
    await table('t2');
    // The professional chooses before handing the device over: no false "storage is full".
    expect(screen.getByRole('heading', { level: 1, name: 'In dit gesprek heeft al een cliënt geantwoord' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: choice }));
    await lockWithPin(user);
    await user.click(await screen.findByRole('button', { name: 'Beginnen' }));
    await answerAll(user);
    await user.click(await screen.findByRole('button', { name: 'Geef je antwoorden aan je coach' }));
    await user.click(await screen.findByRole('button', { name: 'Samen bekijken' }));
    // The second client sees their own answers, never the first client's "Bijna nooit".
    const views = screen.getByRole('table', { name: 'Jouw antwoorden en die van je coach' });
    expect(within(views).queryByText('Bijna nooit')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    return { first };
  };

  it('gives a second client a new conversation with the professional’s own answers, and keeps the first client’s', { timeout: 30_000 }, async () => {
    const { first } = await secondClient(/Nieuw gesprek voor een andere cliënt/);
    const [second, earlier] = useClientStore.getState().collections;
    expect(earlier?.results.filter(isClientView).map((r) => r.fingerprint)).toEqual([first.fingerprint]);
    expect(second?.code).not.toBe(code);
    expect(second?.results.filter(isClientView).map((r) => r.parts['client-check']?.answers.k01)).toEqual([4]);
    expect(second?.results.filter(isMirrorForm)).toHaveLength(1);
  });

  it('lets the previous client answer again in place of the earlier answers', { timeout: 30_000 }, async () => {
    await secondClient(/De vorige cliënt vult opnieuw in/);
    const collections = useClientStore.getState().collections;
    expect(collections).toHaveLength(1);
    expect(collections[0]?.results.filter(isClientView).map((r) => r.parts['client-check']?.answers.k01)).toEqual([4]);
    expect(collections[0]?.results.filter(isMirrorForm)).toHaveLength(1);
  });
});
