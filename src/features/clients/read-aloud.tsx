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

/** Reads one text aloud with a local voice; absent when the device has none. */
export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation('client');
  const voice = useLocalVoice(i18n.resolvedLanguage ?? 'nl');
  const [speaking, setSpeaking] = useState(false);

  // A new statement (or leaving the page) stops the previous one.
  useEffect(
    () => () => {
      globalThis.speechSynthesis?.cancel();
      setSpeaking(false);
    },
    [text],
  );

  if (!voice) return null;
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
      {speaking ? t('readAloud.stop') : t('readAloud.read')}
    </button>
  );
}
