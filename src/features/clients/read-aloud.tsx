import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The voices this browser speaks with on the device itself. Some browsers offer voices that are
 * remote services: the text would leave the device, so only `localService` voices count, and
 * only those for the language shown.
 */
function localVoice(lng: string): SpeechSynthesisVoice | null {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth) return null;
  return synth.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(lng)) ?? null;
}

function useLocalVoice(lng: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(() => localVoice(lng));
  useEffect(() => {
    const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth) return;
    // Voices often arrive after the page loads.
    const update = () => setVoice(localVoice(lng));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [lng]);
  return voice;
}

/** What a read-aloud button reads: its name says which text it reads, for a screen with more than one. */
export type ReadAloudPart = 'intro' | 'question' | 'end';

interface ReadAloudProps {
  /** Exactly the text shown beside the button. */
  text: string;
  part: ReadAloudPart;
  /**
   * Without a local voice the buttons are absent; the one button of a screen that says so gives
   * one line instead ("Voorlezen kan niet op dit apparaat"), so a client who needs it knows why.
   */
  announceMissing?: boolean;
}

/** Reads one text aloud with a local voice, and never with a remote one: nothing leaves the device. */
export function ReadAloud({ text, part, announceMissing = false }: ReadAloudProps) {
  const { t, i18n } = useTranslation('client');
  const voice = useLocalVoice(i18n.resolvedLanguage ?? 'nl');
  const [speaking, setSpeaking] = useState(false);

  // A new text (or leaving the page) stops the previous one.
  useEffect(
    () => () => {
      globalThis.speechSynthesis?.cancel();
      setSpeaking(false);
    },
    [text],
  );

  if (!voice) return announceMissing ? <p className="hint read-aloud-none">{t('readAloud.none')}</p> : null;
  const toggle = () => {
    const synth = globalThis.speechSynthesis;
    synth.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  return (
    <button type="button" className="read-aloud" aria-pressed={speaking} onClick={toggle}>
      {speaking ? t('readAloud.stop') : t(`readAloud.${part}`)}
    </button>
  );
}
