// Measures, in the page, whether what the room sees fits the window: by geometry (bounding
// boxes against the window and against every box that clips its overflow) and computed font
// sizes, never by screenshot. Shared by the stage specs.

/** The window sizes of meeting-room projectors, with the text sizes the stage must show there
 * (issue 18): the median font size weighted by characters, and the smallest text. 1366×768 is
 * checked for fit, and holds the sizes of 1280×720, its stage text being larger. */
export const SIZES = [
  { width: 1024, height: 768, median: 24, smallest: 18 },
  { width: 1280, height: 720, median: 28, smallest: 20 },
  { width: 1366, height: 768, median: 28, smallest: 20 },
  { width: 1920, height: 1080, median: 42, smallest: 30 },
  { width: 3840, height: 2160, median: 84, smallest: 60 },
];

/** The elements that must be seen whole: every line of content, every question, the notes. */
export const MUST_SHOW = [
  '#screen-heading', '.screen__part', '.screen__subtitle', '.screen__out',
  '.screen__content p', '.screen__content li', '.screen__content h2', '.screen__content h3',
  '.screen__content figure', '.screen__content .button',
  '.discussion__heading', '.discussion__timebox', '.discussion__questions li',
  '.notes__label', '.notes__field', '.save-status',
  '.exercise p', '.exercise label', '.exercise input', '.exercise select', '.exercise button',
  '.exercise li', '.exercise th', '.exercise td', '.exercise svg',
].join(', ');

/** Body text: the play's lines, slide text, questions. Each selector must match on some screen
 * (`measureFit` counts them), so a renamed class cannot silently drop out of the check. */
export const BODY_TEXT_SELECTORS = [
  '.scene__line', '.screen__text', '.screen__lead', '.bullets__list li', '.quote__line',
  '.shifts__from', '.shifts__to', '.cast__text', '.team__name', '.team__members li',
  '.screen-links__summary', '.discussion__questions li',
];

/**
 * Runs in the page: what does not fit, and the smallest body text (rendered size: the
 * computed size times any scale transform). `blocks` are the parts that must not overlap.
 */
export function measureFit() {
  const problems = [];
  const width = window.innerWidth;
  const height = window.innerHeight;
  const root = document.documentElement;
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
  if (root.scrollWidth > width + 1) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${width})`);
  if (root.scrollHeight > height + 1) problems.push(`the page scrolls down (${root.scrollHeight} > ${height})`);
  const stage = document.querySelector('main.stage');
  const clips = (el) => {
    const style = getComputedStyle(el);
    return [style.overflowX, style.overflowY].some((o) => o !== 'visible');
  };
  const scale = (el) => {
    let factor = 1;
    for (let at = el; at && at !== document; at = at.parentElement) {
      const transform = getComputedStyle(at).transform;
      if (transform && transform !== 'none') factor *= new DOMMatrixReadOnly(transform).a;
    }
    return factor;
  };
  // Between the bars: what spills out of the stage lies under the top bar or the pager.
  const region = stage.getBoundingClientRect();
  for (const el of stage.querySelectorAll(window.__MUST_SHOW)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
      problems.push(`${name(el)} is outside the window: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`);
      continue;
    }
    if (box.top < region.top - 1 || box.bottom > region.bottom + 1) {
      problems.push(`${name(el)} runs under the bars: ${Math.round(box.top)} to ${Math.round(box.bottom)}, the stage is ${Math.round(region.top)} to ${Math.round(region.bottom)}`);
      continue;
    }
    for (let at = el.parentElement; at; at = at.parentElement) {
      if (at === document.body || at === root || !clips(at)) continue;
      const clip = at.getBoundingClientRect();
      if (box.left < clip.left - 1 || box.top < clip.top - 1 || box.right > clip.right + 1 || box.bottom > clip.bottom + 1) {
        problems.push(`${name(el)} is cut off by ${name(at)}`);
        break;
      }
    }
  }
  let smallest = Infinity;
  const bodyHits = {};
  for (const selector of window.__BODY_TEXT) {
    bodyHits[selector] = 0;
    for (const el of stage.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      bodyHits[selector] += 1;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale(el));
    }
  }
  // The parts of the screen side by side or one above the other, never over each other.
  const blocks = [...stage.querySelectorAll('.screen__header, .screen__content > *, .discussion, .screen__out')]
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  for (let i = 0; i < blocks.length; i += 1) {
    for (let j = i + 1; j < blocks.length; j += 1) {
      const [a, b] = [blocks[i], blocks[j]];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
    }
  }
  const drawings = [...stage.querySelectorAll('.screen__content svg[role="img"]')].map((svg) => svg.getBoundingClientRect().width);
  return { problems, smallest: smallest === Infinity ? null : smallest, drawings, bodyHits };
}

/**
 * Runs in the page: the size of every piece of visible text in the stage (`<main>`) as it is
 * rendered (SVG text at its drawing's scale), each with its number of characters; the values of
 * form fields count as text. Returns the character-weighted median, the smallest size with its
 * text, and how many characters were measured.
 */
export function measureText() {
  const main = document.querySelector('main');
  const runs = [];
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    // A box of a pixel or less is text for screen readers only.
    if (box.width <= 1 || box.height <= 1) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.opacity !== '0';
  };
  const rendered = (el) => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    return svg ? size * el.getScreenCTM().a : size;
  };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = node.textContent.replace(/\s+/g, '').length;
    const el = node.parentElement;
    if (chars === 0 || !el || el.closest('select, textarea') || !shown(el)) continue;
    runs.push({ size: rendered(el), chars, text: node.textContent.trim().slice(0, 40) });
  }
  for (const field of main.querySelectorAll('input:not([type="radio"], [type="range"], [type="checkbox"]), textarea, select')) {
    const chars = (field.value ?? '').replace(/\s+/g, '').length;
    if (chars > 0 && shown(field)) runs.push({ size: rendered(field), chars, text: `field ${field.id}` });
  }
  const total = runs.reduce((sum, run) => sum + run.chars, 0);
  const bySize = [...runs].sort((a, b) => a.size - b.size);
  let counted = 0;
  const median = bySize.find((run) => { counted += run.chars; return counted * 2 >= total; });
  return { median: median?.size ?? null, smallest: bySize[0] ?? null, chars: total };
}

/**
 * The lowest of the stage's fields and choices, by geometry: every text box, slider and answer
 * (a choice's whole label), with what it is. `null` when the step has none. The notes field is
 * left out: it takes the height the discussion leaves, and its text counts in `measureText`.
 */
export function lowestControl() {
  const main = document.querySelector('main');
  const controls = [
    ...main.querySelectorAll('input:not([type="radio"], [type="checkbox"], [type="hidden"]), select, textarea:not(.notes__field)'),
    ...[...main.querySelectorAll('input[type="radio"]')].map((radio) => radio.closest('label') ?? radio),
  ];
  let lowest = null;
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || getComputedStyle(control).visibility === 'hidden') continue;
    if (!lowest || box.height < lowest.height) {
      lowest = { height: box.height, what: `${control.tagName.toLowerCase()}${control.id ? `#${control.id}` : ''} ${control.textContent.trim().slice(0, 30)}` };
    }
  }
  return lowest;
}

/** Installs the selectors `measureFit` reads, before the app's scripts run. */
export function prepareFit(page) {
  return page.addInitScript(([show, body]) => {
    window.__MUST_SHOW = show;
    window.__BODY_TEXT = body;
  }, [MUST_SHOW, BODY_TEXT_SELECTORS]);
}
