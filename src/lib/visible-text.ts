/**
 * Text from outside (a typed character, a file name) shown in the app's own messages: control,
 * format and other invisible characters become a visible `U+202E`, so a message never shows an
 * empty quote and a file name with a right-to-left override cannot turn the app's sentence around.
 */
export function visibleText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]|\p{Zs}(?=$)|^\p{Zs}/gu, (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}
