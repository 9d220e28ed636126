/**
 * The start screen is prerendered in both languages (vite.config.ts): Dutch in `#root`, English
 * in a `<template>`. This script, inline right after them, puts the English one in place before
 * the first paint when the visitor's language is English. Without it an English visitor saw the
 * Dutch screen until the app's script had run, and the app's English text then became a new,
 * later "largest contentful paint".
 *
 * Plain ES5 in a string, because it runs before any bundle. It must choose exactly as
 * `detectLanguage()` in src/lib/i18n.ts does; prerender-language.test.ts runs both on the same
 * storage and browser languages. The Content-Security-Policy allows it by its hash.
 */
export const PRERENDER_TEMPLATE_ID = 'prerender-en';

export function prerenderLanguageScript(storageKey: string): string {
  return [
    '(function(){',
    'var l="nl",s=null,a,i,b,t,r;',
    `try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}`,
    'if(s==="nl"||s==="en")l=s;',
    'else{a=navigator.languages||[navigator.language];',
    'for(i=0;i<a.length;i++){b=String(a[i]||"").toLowerCase().split("-")[0];if(b==="nl"||b==="en"){l=b;break}}}',
    'if(l!=="en")return;',
    `t=document.getElementById(${JSON.stringify(PRERENDER_TEMPLATE_ID)});r=document.getElementById("root");`,
    'if(t&&r){r.replaceChildren(t.content.cloneNode(true));document.documentElement.lang="en"}',
    '})()',
  ].join('');
}
