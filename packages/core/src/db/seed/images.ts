/**
 * Product images for the demo store, drawn as SVG and rasterised with sharp at seed time so a fresh
 * install needs no network and never shows a broken-image box. Everything here is a pure function
 * of its input: the seed can be rerun and the files (and their cache keys) stay byte-identical.
 */
import { productImageWidths } from '../../catalog/images';
import type { SeedDepartment, SeedShape } from './content/types';

const SIZE = 1200;

interface Palette {
  background: string;
  backdrop: string;
  /** Label text and the darkest parts of a drawing. */
  ink: string;
  /** Housing of devices, wood, leather: the department's own material colour. */
  body: string;
  light: string;
  dark: string;
  /**
   * Rotated by `variant`. The first is the department's signature, so a category page has its own
   * colour; every palette also carries the brand's lake blue-green to tie the store together.
   */
  accents: readonly [string, string, string];
}

// Muted, low-chroma tints that sit on the storefront's near-white without competing with the
// lake blue-green actions; each department keeps one palette so a category page reads as a set.
const palettes: Record<SeedDepartment, Palette> = {
  electronics: {
    background: '#eef2f3',
    backdrop: '#dbe5e7',
    ink: '#22343a',
    body: '#4b5c64',
    light: '#c7d3d7',
    dark: '#222e33',
    accents: ['#2e7478', '#6a93a6', '#c29a5c'],
  },
  'home-garden': {
    background: '#f1f1ea',
    backdrop: '#e0e4d4',
    ink: '#2f3a2c',
    body: '#8a7560',
    light: '#dcd6c6',
    dark: '#3a3f35',
    accents: ['#7f9467', '#2e7478', '#b7805a'],
  },
  clothing: {
    background: '#f4f0ea',
    backdrop: '#e8dfd2',
    ink: '#3a3129',
    body: '#8b6a52',
    light: '#ded1c1',
    dark: '#3d332b',
    accents: ['#a8604f', '#2e6a70', '#6b7a8e'],
  },
  sports: {
    background: '#edf3f0',
    backdrop: '#d8e8e1',
    ink: '#1f3a33',
    body: '#3d5a53',
    light: '#c4dcd2',
    dark: '#1f2f2b',
    accents: ['#d39a4c', '#2e7a6c', '#4c7396'],
  },
  books: {
    background: '#f5f1e7',
    backdrop: '#e9e0cb',
    ink: '#3a3124',
    body: '#7a4a3e',
    light: '#e6dbc3',
    dark: '#352d22',
    accents: ['#a9473f', '#2e6170', '#b58f45'],
  },
  'health-beauty': {
    background: '#f6efec',
    backdrop: '#ecdcd6',
    ink: '#4a3633',
    body: '#b88a7e',
    light: '#f0e2dc',
    dark: '#4e3a36',
    accents: ['#c4826f', '#2e7478', '#a99160'],
  },
  toys: {
    background: '#f6f1e2',
    backdrop: '#ece0bf',
    ink: '#3b3222',
    body: '#d3a03f',
    light: '#f0e1b3',
    dark: '#3b3222',
    accents: ['#c45f4b', '#2e7478', '#5683ad'],
  },
  automotive: {
    background: '#eeedeb',
    backdrop: '#dcdad5',
    ink: '#2b2d30',
    body: '#4b4f55',
    light: '#c6c8ca',
    dark: '#232528',
    accents: ['#cf8a3a', '#2e7478', '#7f93a5'],
  },
};

interface Colours {
  body: string;
  light: string;
  dark: string;
  accent: string;
  /** Accent pushed towards white, for glass, screens and highlights. */
  soft: string;
  /** Accent pushed towards the dark tone, for the shaded side of the same object. */
  deep: string;
  /** The next accent in the cycle, for a second coloured object in the same picture. */
  alt: string;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Linear blend in sRGB; good enough for flat tints and keeps the whole palette in a few hex codes. */
function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a);
  const cb = hexToRgb(b);
  return `#${ca
    .map((v, i) =>
      Math.round(v + ((cb[i] ?? 0) - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const WHITE = '#ffffff';

const shadow = (cx: number, cy: number, rx: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${Math.round(rx * 0.09)}" fill="#000" opacity="0.07"/>`;

/** Screen "wallpaper": hills by a lake, so laptop and phone screens are never a flat dead rectangle. */
function wallpaper(x: number, y: number, w: number, h: number, c: Colours, id: string): string {
  const hill = (fx: number) => x + w * fx;
  return `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.min(w, h) * 0.04}"/></clipPath>
<g clip-path="url(#${id})">
<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${c.soft}"/>
<circle cx="${hill(0.72)}" cy="${y + h * 0.3}" r="${Math.min(w, h) * 0.09}" fill="${WHITE}" opacity="0.85"/>
<path d="M${x} ${y + h * 0.68} L${hill(0.3)} ${y + h * 0.42} L${hill(0.55)} ${y + h * 0.62} L${hill(0.75)} ${y + h * 0.5} L${x + w} ${y + h * 0.66} V${y + h} H${x} Z" fill="${c.accent}"/>
<rect x="${x}" y="${y + h * 0.78}" width="${w}" height="${h * 0.22}" fill="${c.deep}"/>
</g>`;
}

type Draw = (c: Colours) => string;

// All drawings share one 1200-unit canvas, sit on a ground shadow near y 850 and keep within
// x 200..1000, so any two images in a grid line up the same way.
const shapes: Record<SeedShape, Draw> = {
  laptop: (c) => `${shadow(600, 790, 420)}
<rect x="300" y="290" width="600" height="410" rx="24" fill="${c.dark}"/>
${wallpaper(326, 316, 548, 358, c, 'laptop-screen')}
<path d="M250 700 H950 L1010 762 Q1014 782 992 782 H208 Q186 782 190 762 Z" fill="${c.light}"/>
<rect x="190" y="770" width="820" height="12" rx="6" fill="${mix(c.light, c.dark, 0.25)}"/>
<rect x="530" y="700" width="140" height="14" rx="7" fill="${mix(c.light, c.dark, 0.2)}"/>`,

  mouse: (c) => `${shadow(600, 880, 200)}
<path d="M600 290 C780 290 810 440 810 580 C810 770 730 870 600 870 C470 870 390 770 390 580 C390 440 420 290 600 290 Z" fill="${c.body}"/>
<path d="M392 540 Q600 590 808 540" fill="none" stroke="${c.dark}" stroke-width="8" opacity="0.55"/>
<path d="M600 292 V566" stroke="${c.dark}" stroke-width="8" opacity="0.55"/>
<rect x="578" y="360" width="44" height="110" rx="22" fill="${c.accent}"/>
<path d="M450 640 Q440 760 520 820" fill="none" stroke="${WHITE}" stroke-width="14" stroke-linecap="round" opacity="0.18"/>`,

  phone: (c) => `${shadow(600, 885, 210)}
<rect x="430" y="220" width="340" height="660" rx="56" fill="${c.dark}"/>
${wallpaper(450, 240, 300, 620, c, 'phone-screen')}
<rect x="556" y="262" width="88" height="26" rx="13" fill="${c.dark}"/>
<rect x="770" y="380" width="9" height="96" rx="4" fill="${c.dark}"/>
<rect x="560" y="834" width="80" height="8" rx="4" fill="${WHITE}" opacity="0.8"/>`,

  headphones: (c) => `${shadow(600, 870, 280)}
<path d="M370 640 V520 A230 230 0 0 1 830 520 V640" fill="none" stroke="${c.body}" stroke-width="46" stroke-linecap="round"/>
<path d="M430 360 A230 230 0 0 1 770 360" fill="none" stroke="${c.accent}" stroke-width="22" stroke-linecap="round"/>
<rect x="350" y="540" width="40" height="70" rx="10" fill="${c.dark}"/>
<rect x="810" y="540" width="40" height="70" rx="10" fill="${c.dark}"/>
<rect x="290" y="580" width="150" height="270" rx="66" fill="${c.body}"/>
<rect x="760" y="580" width="150" height="270" rx="66" fill="${c.body}"/>
<rect x="420" y="610" width="46" height="210" rx="20" fill="${c.dark}"/>
<rect x="734" y="610" width="46" height="210" rx="20" fill="${c.dark}"/>
<circle cx="360" cy="715" r="26" fill="${c.accent}"/>
<circle cx="840" cy="715" r="26" fill="${c.accent}"/>`,

  earbuds: (c) => {
    const bud = `<rect x="4" y="-10" width="50" height="230" rx="25" fill="#fbfaf7"/>
<circle cx="0" cy="0" r="78" fill="#fbfaf7"/>
<circle cx="-26" cy="-6" r="26" fill="${c.dark}"/>
<rect x="14" y="180" width="30" height="30" rx="12" fill="${c.light}"/>`;
    return `${shadow(600, 870, 330)}
<rect x="270" y="560" width="340" height="300" rx="116" fill="${c.body}"/>
<path d="M272 650 H608" stroke="${c.dark}" stroke-width="7" opacity="0.45"/>
<circle cx="440" cy="740" r="12" fill="${c.accent}"/>
<g transform="translate(730 470) rotate(-6)">${bud}</g>
<g transform="translate(890 510) rotate(8)">${bud}</g>`;
  },

  camera: (c) => `${shadow(600, 850, 350)}
<path d="M460 390 L500 300 H700 L740 390 Z" fill="${c.dark}"/>
<rect x="265" y="370" width="670" height="440" rx="46" fill="${c.body}"/>
<rect x="265" y="370" width="140" height="440" rx="46" fill="${c.dark}"/>
<rect x="790" y="330" width="90" height="48" rx="12" fill="${c.accent}"/>
<rect x="820" y="420" width="70" height="36" rx="8" fill="${c.light}"/>
<circle cx="625" cy="600" r="185" fill="${c.dark}"/>
<circle cx="625" cy="600" r="148" fill="${mix(c.dark, c.accent, 0.3)}"/>
<circle cx="625" cy="600" r="100" fill="${c.accent}"/>
<circle cx="625" cy="600" r="50" fill="${c.deep}"/>
<circle cx="585" cy="556" r="22" fill="${WHITE}" opacity="0.6"/>`,

  console: (c) => `${shadow(600, 860, 360)}
<path d="M430 400 H770 C890 400 955 470 980 600 L1005 740 C1020 830 950 870 895 815 L815 725 H385 L305 815 C250 870 180 830 195 740 L220 600 C245 470 310 400 430 400 Z" fill="${c.body}"/>
<rect x="380" y="530" width="110" height="36" rx="8" fill="${c.dark}"/>
<rect x="417" y="493" width="36" height="110" rx="8" fill="${c.dark}"/>
<circle cx="770" cy="500" r="24" fill="${c.accent}"/>
<circle cx="818" cy="548" r="24" fill="${c.accent}"/>
<circle cx="722" cy="548" r="24" fill="${c.accent}"/>
<circle cx="770" cy="596" r="24" fill="${c.accent}"/>
<circle cx="520" cy="660" r="50" fill="${c.dark}"/>
<circle cx="680" cy="660" r="50" fill="${c.dark}"/>
<circle cx="520" cy="660" r="28" fill="${mix(c.dark, c.body, 0.4)}"/>
<circle cx="680" cy="660" r="28" fill="${mix(c.dark, c.body, 0.4)}"/>
<rect x="565" y="470" width="70" height="16" rx="8" fill="${c.light}"/>`,

  chair: (c) => `${shadow(600, 880, 260)}
<path d="M455 880 L478 620" stroke="${c.body}" stroke-width="30" stroke-linecap="round"/>
<path d="M770 880 L735 620 L790 290" fill="none" stroke="${c.body}" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>
<path d="M405 880 L440 620" stroke="${mix(c.body, c.dark, 0.35)}" stroke-width="26" stroke-linecap="round"/>
<path d="M820 880 L780 620" stroke="${mix(c.body, c.dark, 0.35)}" stroke-width="26" stroke-linecap="round"/>
<rect x="380" y="570" width="440" height="70" rx="32" fill="${c.accent}"/>
<rect x="380" y="620" width="440" height="24" rx="12" fill="${c.deep}"/>
<rect x="-42" y="-140" width="84" height="280" rx="40" fill="${c.accent}" transform="translate(772 410) rotate(9)"/>`,

  sofa: (c) => `${shadow(600, 860, 420)}
<rect x="250" y="400" width="700" height="280" rx="64" fill="${c.accent}"/>
<rect x="250" y="700" width="700" height="110" rx="26" fill="${c.deep}"/>
<rect x="300" y="610" width="296" height="130" rx="34" fill="${mix(c.accent, WHITE, 0.12)}"/>
<rect x="604" y="610" width="296" height="130" rx="34" fill="${mix(c.accent, WHITE, 0.12)}"/>
<rect x="195" y="520" width="135" height="300" rx="58" fill="${c.deep}"/>
<rect x="870" y="520" width="135" height="300" rx="58" fill="${c.deep}"/>
<rect x="-75" y="-65" width="150" height="130" rx="40" fill="${c.light}" transform="translate(420 560) rotate(-9)"/>
<rect x="255" y="805" width="28" height="56" rx="8" fill="${c.dark}"/>
<rect x="917" y="805" width="28" height="56" rx="8" fill="${c.dark}"/>`,

  desk: (c) => `${shadow(600, 880, 430)}
<rect x="236" y="560" width="32" height="320" rx="6" fill="${c.dark}"/>
<rect x="690" y="560" width="270" height="320" rx="10" fill="${c.body}"/>
<path d="M700 665 H950 M700 775 H950" stroke="${c.dark}" stroke-width="6" opacity="0.5"/>
<rect x="785" y="605" width="80" height="16" rx="8" fill="${c.accent}"/>
<rect x="785" y="710" width="80" height="16" rx="8" fill="${c.accent}"/>
<rect x="785" y="815" width="80" height="16" rx="8" fill="${c.accent}"/>
<rect x="200" y="515" width="800" height="48" rx="12" fill="${mix(c.body, c.dark, 0.15)}"/>
<ellipse cx="345" cy="380" rx="34" ry="80" fill="#6f8f68" transform="rotate(-22 345 440)"/>
<ellipse cx="395" cy="370" rx="34" ry="90" fill="#7f9f76" transform="rotate(18 395 440)"/>
<ellipse cx="370" cy="350" rx="30" ry="90" fill="#5f7f5a"/>
<path d="M315 430 H425 L412 515 H328 Z" fill="${c.accent}"/>
<rect x="560" y="478" width="260" height="38" rx="6" fill="${c.light}"/>
<rect x="580" y="440" width="220" height="38" rx="6" fill="${c.deep}"/>
<rect x="570" y="402" width="200" height="38" rx="6" fill="${mix(c.body, WHITE, 0.3)}"/>`,

  coffee: (c) => `${shadow(600, 880, 280)}
<rect x="390" y="250" width="420" height="620" rx="40" fill="${c.body}"/>
<path d="M390 370 V290 Q390 250 430 250 H770 Q810 250 810 290 V370 Z" fill="${c.dark}"/>
<rect x="435" y="300" width="130" height="20" rx="10" fill="${c.light}"/>
<circle cx="740" cy="310" r="20" fill="${c.accent}"/>
<rect x="430" y="410" width="340" height="400" rx="22" fill="${mix(c.body, c.dark, 0.5)}"/>
<rect x="540" y="410" width="120" height="50" rx="8" fill="${c.light}"/>
<rect x="515" y="458" width="170" height="38" rx="12" fill="${c.dark}"/>
<rect x="680" y="464" width="150" height="26" rx="13" fill="${c.dark}"/>
<rect x="594" y="496" width="12" height="170" fill="#6b4a34"/>
<path d="M530 660 H670 V740 Q670 790 620 790 H580 Q530 790 530 740 Z" fill="${c.accent}"/>
<path d="M670 690 Q712 690 712 722 Q712 754 670 754" fill="none" stroke="${c.accent}" stroke-width="14"/>
<rect x="445" y="790" width="310" height="26" rx="8" fill="${c.light}"/>`,

  pot: (c) => `${shadow(600, 850, 360)}
<rect x="245" y="570" width="120" height="46" rx="23" fill="${c.deep}"/>
<rect x="835" y="570" width="120" height="46" rx="23" fill="${c.deep}"/>
<path d="M320 530 H880 V720 Q880 830 770 830 H430 Q320 830 320 720 Z" fill="${c.accent}"/>
<rect x="380" y="580" width="30" height="180" rx="15" fill="${WHITE}" opacity="0.2"/>
<path d="M310 520 C360 400 840 400 890 520 Z" fill="${c.accent}"/>
<rect x="300" y="508" width="600" height="36" rx="16" fill="${c.deep}"/>
<rect x="585" y="400" width="30" height="30" fill="${c.dark}"/>
<rect x="550" y="375" width="100" height="36" rx="16" fill="${c.dark}"/>`,

  lamp: (c) => `${shadow(560, 870, 260)}
<path d="M689 597 L920 535 L980 866 H620 Z" fill="${c.soft}" opacity="0.3"/>
<path d="M340 866 Q340 812 420 808 H460 Q540 812 540 866 Z" fill="${c.dark}"/>
<path d="M440 815 L540 520 L760 400" fill="none" stroke="${c.body}" stroke-width="24" stroke-linecap="round" stroke-linejoin="round"/>
<circle cx="540" cy="520" r="24" fill="${c.dark}"/>
<circle cx="440" cy="815" r="20" fill="${c.dark}"/>
<g transform="translate(760 400) rotate(-15)">
<path d="M-36 -20 H36 L120 170 Q0 200 -120 170 Z" fill="${c.accent}"/>
<ellipse cx="0" cy="172" rx="120" ry="24" fill="${c.deep}"/>
<ellipse cx="0" cy="168" rx="48" ry="14" fill="#fff7df"/>
<rect x="-18" y="-42" width="36" height="30" rx="8" fill="${c.dark}"/>
</g>
`,

  sweater: (c) => `${shadow(600, 870, 320)}
<path d="M470 290 Q600 330 730 290 L870 340 Q915 356 930 400 L1010 660 L905 700 L830 510 V850 H370 V510 L295 700 L190 660 L270 400 Q285 356 330 340 Z" fill="${c.accent}"/>
<path d="M470 290 Q600 410 730 290 Q600 350 470 290 Z" fill="${c.deep}"/>
<rect x="370" y="800" width="460" height="50" fill="${c.deep}"/>
<path d="M190 660 L295 700 L282 735 L177 695 Z" fill="${c.deep}"/>
<path d="M1010 660 L905 700 L918 735 L1023 695 Z" fill="${c.deep}"/>
<path d="M520 420 V790 M600 440 V790 M680 420 V790" stroke="${c.deep}" stroke-width="10" stroke-dasharray="22 14" opacity="0.45"/>`,

  trousers: (c) => `${shadow(600, 880, 240)}
<path d="M420 270 H780 L820 875 H640 L600 450 L560 875 H380 Z" fill="${c.accent}"/>
<rect x="420" y="260" width="360" height="56" rx="6" fill="${c.deep}"/>
<path d="M470 260 V316 M600 260 V316 M730 260 V316" stroke="${c.accent}" stroke-width="12"/>
<path d="M600 316 V440" stroke="${c.deep}" stroke-width="8"/>
<path d="M425 330 Q470 380 520 330 M775 330 Q730 380 680 330" fill="none" stroke="${c.deep}" stroke-width="8"/>
<path d="M480 420 L470 860 M720 420 L730 860" stroke="${WHITE}" stroke-width="6" opacity="0.2"/>`,

  jacket: (c) => `${shadow(600, 890, 330)}
<path d="M480 300 C470 170 730 170 720 300 Z" fill="${c.deep}"/>
<path d="M470 290 L350 330 Q305 346 292 395 L215 680 L312 712 L395 520 V880 H805 V520 L888 712 L985 680 L908 395 Q895 346 850 330 L730 290 Q600 330 470 290 Z" fill="${c.accent}"/>
<path d="M470 290 Q600 380 730 290 Q600 320 470 290 Z" fill="${c.dark}" opacity="0.5"/>
<path d="M600 330 V880" stroke="${c.dark}" stroke-width="8"/>
<rect x="590" y="340" width="20" height="40" rx="6" fill="${c.light}"/>
<rect x="440" y="660" width="120" height="120" rx="12" fill="${c.deep}"/>
<rect x="640" y="660" width="120" height="120" rx="12" fill="${c.deep}"/>
<rect x="432" y="648" width="136" height="40" rx="10" fill="${c.accent}" stroke="${c.deep}" stroke-width="6"/>
<rect x="632" y="648" width="136" height="40" rx="10" fill="${c.accent}" stroke="${c.deep}" stroke-width="6"/>
<rect x="395" y="850" width="410" height="30" fill="${c.deep}"/>`,

  shoe: (c) => `${shadow(610, 810, 390)}
<path d="M265 720 L282 520 Q290 470 345 468 L470 480 Q520 560 610 566 L720 578 Q880 605 955 680 Q975 712 950 728 H265 Z" fill="${c.accent}"/>
<path d="M282 520 Q290 470 345 468 L470 480 Q430 530 330 540 Z" fill="${c.deep}"/>
<path d="M340 700 Q480 610 640 660 Q760 700 900 690" fill="none" stroke="${WHITE}" stroke-width="22" stroke-linecap="round" opacity="0.85"/>
<path d="M500 508 L540 490 M540 530 L580 512 M580 548 L620 532 M622 560 L660 546" stroke="${c.light}" stroke-width="14" stroke-linecap="round"/>
<path d="M245 720 H962 Q995 722 990 760 Q986 792 948 792 H285 Q245 792 245 756 Z" fill="#f8f6f1"/>
<rect x="260" y="784" width="712" height="24" rx="12" fill="${c.dark}"/>`,

  boot: (c) => `${shadow(620, 850, 330)}
<path d="M350 270 H600 L612 590 Q632 640 722 660 L860 690 Q932 706 932 770 V800 H352 Q336 800 336 780 Z" fill="${mix(c.body, c.dark, 0.1)}"/>
<path d="M452 270 Q482 420 530 505 Q580 420 596 270 Z" fill="${c.dark}" opacity="0.85"/>
<path d="M480 300 L530 470 M530 300 V480 M580 300 L530 470" stroke="${c.body}" stroke-width="5" opacity="0.5"/>
<rect x="320" y="220" width="46" height="90" rx="14" fill="${c.accent}"/>
<path d="M360 760 H925" stroke="${c.light}" stroke-width="6" stroke-dasharray="14 12" opacity="0.6"/>
<rect x="330" y="796" width="610" height="26" rx="10" fill="${c.dark}"/>
<rect x="340" y="796" width="150" height="54" rx="8" fill="${c.dark}"/>`,

  dumbbell: (c) => `${shadow(600, 820, 380)}
<rect x="380" y="566" width="440" height="50" rx="16" fill="#aab1b5"/>
<rect x="395" y="566" width="410" height="14" rx="7" fill="${WHITE}" opacity="0.35"/>
<rect x="250" y="548" width="40" height="86" rx="12" fill="${c.dark}"/>
<rect x="910" y="548" width="40" height="86" rx="12" fill="${c.dark}"/>
<rect x="280" y="430" width="84" height="322" rx="22" fill="${c.accent}"/>
<rect x="836" y="430" width="84" height="322" rx="22" fill="${c.accent}"/>
<rect x="356" y="466" width="56" height="250" rx="16" fill="${c.deep}"/>
<rect x="788" y="466" width="56" height="250" rx="16" fill="${c.deep}"/>
<rect x="410" y="540" width="26" height="102" rx="8" fill="${c.dark}"/>
<rect x="764" y="540" width="26" height="102" rx="8" fill="${c.dark}"/>`,

  mat: (c) => `${shadow(600, 830, 380)}
<path d="M330 460 H860 V760 H330 A58 150 0 0 1 330 460 Z" fill="${c.accent}"/>
<rect x="470" y="452" width="36" height="316" rx="10" fill="${c.dark}" opacity="0.8"/>
<rect x="700" y="452" width="36" height="316" rx="10" fill="${c.dark}" opacity="0.8"/>
<rect x="330" y="480" width="530" height="26" fill="${WHITE}" opacity="0.15"/>
<ellipse cx="860" cy="610" rx="58" ry="150" fill="${c.soft}"/>
<path d="M860 460 A58 150 0 0 1 860 760 A44 118 0 0 1 860 524 A30 84 0 0 1 860 692 A16 50 0 0 1 860 592" fill="none" stroke="${c.deep}" stroke-width="9"/>`,

  tent: (c) => `${shadow(600, 830, 430)}
<path d="M600 240 V290" stroke="${c.dark}" stroke-width="12" stroke-linecap="round"/>
<path d="M600 280 L250 820 M600 280 L950 820" stroke="${c.dark}" stroke-width="4" opacity="0.35"/>
<path d="M600 280 L980 820 H220 Z" fill="${c.accent}"/>
<path d="M600 280 L980 820 H800 Z" fill="${c.deep}"/>
<path d="M600 420 L730 820 H470 Z" fill="${c.dark}" opacity="0.75"/>
<path d="M600 420 L730 820 H660 Z" fill="${c.soft}"/>
<path d="M180 822 H1020" stroke="${c.dark}" stroke-width="8" stroke-linecap="round" opacity="0.3"/>`,

  backpack: (c) => `${shadow(600, 870, 260)}
<path d="M530 290 Q600 210 670 290" fill="none" stroke="${c.dark}" stroke-width="20" stroke-linecap="round"/>
<rect x="372" y="380" width="40" height="380" rx="20" fill="${c.dark}"/>
<rect x="788" y="380" width="40" height="380" rx="20" fill="${c.dark}"/>
<rect x="400" y="280" width="400" height="590" rx="110" fill="${c.accent}"/>
<path d="M400 420 V390 Q400 280 510 280 H690 Q800 280 800 390 V420 Q600 470 400 420 Z" fill="${c.deep}"/>
<rect x="465" y="600" width="270" height="220" rx="52" fill="${c.deep}"/>
<path d="M490 640 H710" stroke="${c.light}" stroke-width="6" stroke-linecap="round"/>
<rect x="485" y="400" width="28" height="150" rx="8" fill="${c.dark}"/>
<rect x="687" y="400" width="28" height="150" rx="8" fill="${c.dark}"/>
<rect x="478" y="510" width="42" height="28" rx="6" fill="${c.light}"/>
<rect x="680" y="510" width="42" height="28" rx="6" fill="${c.light}"/>`,

  book: (c) => `${shadow(600, 880, 300)}
<g transform="rotate(7 760 860)">
<rect x="560" y="300" width="360" height="560" rx="10" fill="${c.body}"/>
<rect x="560" y="300" width="48" height="560" rx="10" fill="${mix(c.body, c.dark, 0.3)}"/>
</g>
<path d="M410 290 H810 L828 306 V864 L810 876 H410 Z" fill="#f8f4ea"/>
<path d="M814 320 V856 M822 326 V850" stroke="${c.light}" stroke-width="3"/>
<rect x="370" y="276" width="430" height="592" rx="12" fill="${c.accent}"/>
<rect x="370" y="276" width="62" height="592" rx="12" fill="${c.deep}"/>
<rect x="482" y="380" width="250" height="18" rx="9" fill="${WHITE}" opacity="0.85"/>
<rect x="482" y="420" width="180" height="18" rx="9" fill="${WHITE}" opacity="0.6"/>
<circle cx="607" cy="620" r="70" fill="none" stroke="${WHITE}" stroke-width="10" opacity="0.55"/>
<rect x="482" y="790" width="250" height="8" rx="4" fill="${WHITE}" opacity="0.5"/>`,

  bottle: (c) => `${shadow(600, 875, 190)}
<rect x="550" y="240" width="100" height="110" rx="18" fill="${c.dark}"/>
<rect x="545" y="335" width="110" height="30" rx="8" fill="${mix(c.dark, c.body, 0.3)}"/>
<path d="M560 360 H640 V400 Q740 430 740 520 V820 Q740 875 685 875 H515 Q460 875 460 820 V520 Q460 430 560 400 Z" fill="${c.accent}"/>
<rect x="460" y="580" width="280" height="200" fill="#fbf8f2"/>
<rect x="510" y="630" width="180" height="16" rx="8" fill="${c.deep}"/>
<rect x="530" y="665" width="140" height="12" rx="6" fill="${c.light}"/>
<rect x="545" y="700" width="110" height="12" rx="6" fill="${c.light}"/>
<rect x="488" y="450" width="26" height="110" rx="13" fill="${WHITE}" opacity="0.3"/>`,

  jar: (c) => `${shadow(600, 860, 300)}
<rect x="370" y="560" width="460" height="300" rx="64" fill="#fbf8f2"/>
<rect x="370" y="640" width="460" height="130" fill="${c.soft}"/>
<rect x="500" y="680" width="200" height="16" rx="8" fill="${c.deep}"/>
<rect x="540" y="716" width="120" height="12" rx="6" fill="${c.accent}"/>
<rect x="350" y="450" width="500" height="130" rx="28" fill="${c.accent}"/>
<path d="M400 470 V560 M450 470 V560 M500 470 V560 M550 470 V560 M600 470 V560 M650 470 V560 M700 470 V560 M750 470 V560 M800 470 V560" stroke="${c.deep}" stroke-width="8" stroke-linecap="round" opacity="0.55"/>
<rect x="400" y="600" width="24" height="220" rx="12" fill="${c.light}" opacity="0.8"/>`,

  bricks: (c) => {
    const studs = (x0: number, y: number, n: number, fill: string, top: string) =>
      Array.from({ length: n }, (_, i) => {
        const x = x0 + i * 110;
        return `<rect x="${x}" y="${y}" width="74" height="42" rx="6" fill="${fill}"/><ellipse cx="${x + 37}" cy="${y}" rx="37" ry="12" fill="${top}"/>`;
      }).join('');
    const second = c.body;
    return `${shadow(600, 840, 360)}
${studs(313, 598, 5, c.deep, c.accent)}
<rect x="280" y="610" width="560" height="230" rx="14" fill="${c.accent}"/>
<rect x="280" y="610" width="560" height="26" rx="12" fill="${WHITE}" opacity="0.15"/>
${studs(533, 388, 3, mix(second, c.dark, 0.25), mix(second, WHITE, 0.15))}
<rect x="500" y="400" width="340" height="210" rx="14" fill="${second}"/>
${studs(873, 628, 1, mix(c.alt, c.dark, 0.3), mix(c.alt, WHITE, 0.15))}
<rect x="850" y="640" width="120" height="200" rx="14" fill="${c.alt}"/>`;
  },

  dice: (c) => {
    const pip = (x: number, y: number, fill: string) => `<circle cx="${x}" cy="${y}" r="24" fill="${fill}"/>`;
    return `${shadow(620, 850, 360)}
<rect x="300" y="520" width="330" height="330" rx="56" fill="#fbfaf6"/>
<rect x="300" y="800" width="330" height="50" rx="25" fill="${c.light}" opacity="0.6"/>
${pip(385, 605, c.dark)}${pip(545, 605, c.dark)}${pip(465, 685, c.dark)}${pip(385, 765, c.dark)}${pip(545, 765, c.dark)}
<g transform="rotate(14 785 560)">
<rect x="630" y="405" width="310" height="310" rx="52" fill="${c.accent}"/>
${pip(710, 485, WHITE)}${pip(860, 485, WHITE)}${pip(710, 560, WHITE)}${pip(860, 560, WHITE)}${pip(710, 635, WHITE)}${pip(860, 635, WHITE)}
</g>`;
  },

  dashcam: (c) => `${shadow(600, 800, 300)}
<rect x="470" y="260" width="260" height="54" rx="18" fill="${c.light}"/>
<path d="M360 250 L840 250" stroke="${c.soft}" stroke-width="14" stroke-linecap="round"/>
<rect x="566" y="300" width="68" height="150" rx="14" fill="${c.body}"/>
<circle cx="600" cy="450" r="42" fill="${c.body}"/>
<rect x="330" y="440" width="540" height="320" rx="70" fill="${c.dark}"/>
<circle cx="520" cy="600" r="120" fill="${mix(c.dark, c.body, 0.5)}"/>
<circle cx="520" cy="600" r="86" fill="${c.dark}"/>
<circle cx="520" cy="600" r="56" fill="${c.accent}"/>
<circle cx="500" cy="580" r="14" fill="${WHITE}" opacity="0.65"/>
<path d="M700 540 H800 M700 580 H800 M700 620 H800 M700 660 H800" stroke="${mix(c.dark, c.light, 0.3)}" stroke-width="10" stroke-linecap="round"/>
<circle cx="810" cy="490" r="11" fill="#d0563d"/>`,

  vacuum: (c) => `${shadow(560, 840, 400)}
<path d="M660 520 Q680 370 800 370 Q900 370 900 480 V560" fill="none" stroke="${c.body}" stroke-width="54" stroke-linecap="round"/>
<rect x="760" y="347" width="70" height="22" rx="10" fill="${c.accent}"/>
<path d="M350 560 L175 606 Q160 612 160 626 V650 Q160 664 176 666 L350 676 Z" fill="${c.dark}"/>
<path d="M600 500 H830 Q930 500 930 600 Q930 700 830 700 H600 Z" fill="${c.body}"/>
<rect x="330" y="510" width="290" height="180" rx="70" fill="${c.soft}"/>
<path d="M330 610 H620 V620 Q620 690 550 690 H400 Q330 690 330 620 Z" fill="${c.accent}" opacity="0.5"/>
<rect x="330" y="510" width="290" height="180" rx="70" fill="none" stroke="${c.deep}" stroke-width="10"/>
<rect x="600" y="500" width="30" height="200" fill="${c.dark}" opacity="0.8"/>
<path d="M690 580 H860 M690 620 H860" stroke="${c.dark}" stroke-width="10" stroke-linecap="round" opacity="0.55"/>
<path d="M380 548 Q470 530 560 548" fill="none" stroke="${WHITE}" stroke-width="12" stroke-linecap="round" opacity="0.6"/>`,
};

/** Behind the product: three calm motifs, rotated by variant, all in the department's backdrop tone. */
function backdrop(kind: number, palette: Palette, accent: string): string {
  if (kind === 1) {
    return `<path d="M250 940 V560 A350 350 0 0 1 950 560 V940 Z" fill="${palette.backdrop}"/>`;
  }
  if (kind === 2) {
    return `<circle cx="660" cy="520" r="360" fill="${palette.backdrop}"/>
<circle cx="300" cy="250" r="36" fill="${accent}" opacity="0.18"/>`;
  }
  return `<circle cx="600" cy="560" r="380" fill="${palette.backdrop}"/>`;
}

// XML 1.0 forbids most C0 controls even when escaped, so they are dropped rather than encoded.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching those characters is the point.
const forbiddenXmlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(text: string): string {
  return text
    .replace(forbiddenXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const LABEL_FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const LABEL_MAX_WIDTH = 900;
const LABEL_MAX_CHARS = 42;

/**
 * librsvg has no text measuring we can call, so the size comes from an average glyph width
 * (about 0.62 em for DejaVu Sans semibold): long names shrink instead of running off the canvas.
 */
function labelMarkup(label: string, ink: string): string {
  let text = label.replace(/\s+/g, ' ').trim();
  if (text.length > LABEL_MAX_CHARS) text = `${text.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
  if (text === '') return '';
  const fontSize = Math.max(28, Math.min(46, Math.floor(LABEL_MAX_WIDTH / (text.length * 0.62))));
  return `<text x="600" y="1110" text-anchor="middle" font-family="${LABEL_FONT}" font-size="${fontSize}" font-weight="600" letter-spacing="1" fill="${ink}">${escapeXml(text)}</text>`;
}

export function renderProductSvg(input: {
  shape: SeedShape;
  department: SeedDepartment;
  label: string;
  variant: number;
}): string {
  const palette = palettes[input.department];
  const v = Math.abs(Math.trunc(input.variant)) || 0;
  // Accent and backdrop cycle at different rates so the first nine variants are all distinct.
  const accent = palette.accents[v % 3] ?? palette.accents[0];
  const kind = (v + Math.floor(v / 3)) % 3;
  const colours: Colours = {
    body: palette.body,
    light: palette.light,
    dark: palette.dark,
    accent,
    soft: mix(accent, WHITE, 0.6),
    deep: mix(accent, palette.dark, 0.3),
    alt: palette.accents[(v + 1) % 3] ?? palette.accents[1],
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
<rect width="${SIZE}" height="${SIZE}" fill="${palette.background}"/>
${backdrop(kind, palette, accent)}
${shapes[input.shape](colours)}
<rect x="580" y="1030" width="40" height="6" rx="3" fill="${accent}"/>
${labelMarkup(input.label, palette.ink)}
</svg>`;
}

const LARGEST = productImageWidths[productImageWidths.length - 1] ?? SIZE;

/**
 * sharp (libvips, about 26 MB of resident memory) is loaded only when images are drawn, at seed time:
 * a server that finds its store already seeded, or seeds none, never loads it.
 */
let sharpLoaded: Promise<typeof import('sharp')> | undefined;
async function loadSharp() {
  sharpLoaded ??= import('sharp');
  return (await sharpLoaded).default;
}

export async function renderProductImages(
  svg: string,
): Promise<{ width: number; height: number; format: 'webp'; data: Buffer }[]> {
  const sharp = await loadSharp();
  // Rasterise straight at the largest output size (librsvg scales vectors for free) and resize
  // the smaller ones from those pixels, so the SVG is parsed and drawn once per image.
  const { data: pixels, info } = await sharp(Buffer.from(svg), { density: (72 * LARGEST) / SIZE })
    .resize(LARGEST, LARGEST)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  return Promise.all(
    productImageWidths.map(async (width) => {
      let pipeline = sharp(pixels, { raw });
      if (width !== info.width) pipeline = pipeline.resize(width, width);
      // Effort 2 encodes about twice as fast as the default 4 on these flat drawings, for files
      // about a tenth larger, which at a few kilobytes each is the better trade for seed time.
      const data = await pipeline.webp({ quality: 80, effort: 2 }).toBuffer();
      return { width, height: width, format: 'webp' as const, data };
    }),
  );
}
