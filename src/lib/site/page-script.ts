/**
 * The one script content pages carry, inline in <head> and loading nothing: the reader's choice of light or
 * dark, remembered in the browser and applied before the first paint so a page never flashes the other
 * theme, and the `/` key that puts the cursor in the search field (the search page's own, else the header's), as on
 * GitHub and Starlight.
 * Without JavaScript the site follows the device's colour scheme, the picker stays hidden since it could
 * not work, and search is one tab away.
 */
import { cspHash } from './csp-hash.ts';

/** The key in localStorage; "auto" is stored as no key at all. */
export const THEME_STORAGE_KEY = 'one-team:theme';

export const THEME_CHOICES = [
  { value: 'auto', label: 'Match device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

/** The id of the theme picker's wrapper, which the script shows once it is wired up. */
export const THEME_PICKER_ID = 'theme-picker';

// Kept as written (not bundled) so its CSP hash is the hash of exactly these bytes.
export const PAGE_SCRIPT = `(()=>{
const key=${JSON.stringify(THEME_STORAGE_KEY)},root=document.documentElement;
const apply=(theme)=>{if(theme==='light'||theme==='dark')root.dataset.theme=theme;else delete root.dataset.theme;};
let stored=null;try{stored=localStorage.getItem(key);}catch{}
apply(stored);
addEventListener('DOMContentLoaded',()=>{
const picker=document.getElementById(${JSON.stringify(THEME_PICKER_ID)}),select=picker&&picker.querySelector('select');
if(!select)return;
select.value=root.dataset.theme||'auto';
picker.hidden=false;
select.addEventListener('change',()=>{apply(select.value);try{if(select.value==='auto')localStorage.removeItem(key);else localStorage.setItem(key,select.value);}catch{}});
});
addEventListener('keydown',(e)=>{
if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||e.target.closest('input,textarea,select,[contenteditable]'))return;
const field=document.querySelector('main [type=search]')||[...document.querySelectorAll('header [type=search]')].find((f)=>f.offsetParent);
if(field){e.preventDefault();field.focus();}
});
})();`;

/** Its Content-Security-Policy hash, computed once for every page that carries it. */
export const PAGE_SCRIPT_HASH = cspHash(PAGE_SCRIPT);
