// The words a reader sees, in every page state and both languages, with everything opened (inputs, show the work,
// charts, claims, methodology and sources, share panel): no code identifier (a file name, `preset=`, a snake_case
// name, a backtick); in Chinese, no Latin-script word but the names and symbols of the allow-list below; and no
// number broken from its unit by a space a line may break at; and one spacing rule in Chinese: a space between a
// number or a Latin word and a Chinese word, none between two Chinese words (`365 亿次`, not `365 亿 次`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { READY, open, useApp } from './browser.mjs';

const app = useApp();

const STATES = [
  'v=1', 'v=1&preset=flux', 'v=1&preset=wan', 'v=1&preset=coding-agent', 'v=1&preset=frontier-chat&q=service',
  'v=1&q=me&me.gemini=20&me.image-service=3', 'v=1&preset=llama70b&b.preset=wan', 'v=1&pue=1.58&b.pue=1.09',
  'v=1&preset=r1-ascend', 'v=1&hw=gb200&servehw=mi355x&prec=fp4', 'v=1&preset=flux&embed=1',
];

// Names, and the symbols and abbreviations Chinese technical writing keeps in Latin script. Anything else Latin in
// Chinese text is an English word left untranslated.
const NAMES = new Set(`AI GPU CPU TPU PUE WUE MFU FLOP FLOPs TFLOP PFLOP PFLOPS EFLOPS BF FP INT NVFP MXFP KV LED IT EPA MPGe
  CO token tokens Wh kWh MWh GWh TWh W kW MW GB TB s h km kg g L kJ MoE DiT SXM NVL NVLink PCIe HBM HGX DGX TDP English
  SVG PNG JSON CSV SD XL Large Medium dev schnell Pro Max Turbo Lightning Maverick Scout Instruct Image Video
  GPT ChatGPT OpenAI Gemini Google Llama Meta DeepSeek Qwen Kimi GLM BLOOM PaLM OLMo Olmo FLUX Stable Diffusion Midjourney
  Sora Veo Wan HunyuanVideo CogVideoX SANA Kling Seedance Doubao gpt-oss Aegaeon SOSP Helion Altman Blackwell Ultra Hopper
  CloudMatrix AMD Instinct MI Tesla Model Y InsideEVs Ember Uptime Institute Epoch EcoLogits MLPerf MLCommons ML.ENERGY
  vLLM SGLang TensorRT-LLM LLM-Prof Hugging Face SemiAnalysis arXiv Joule FAccT Patterson Luccioni Jernite Strubell Viguier
  Ligozat de Vries Jegham Kaplan Chowdhery Morrison Couch Hölzle EIA NEA CBS IEA Ascend Transformer Qwen-Image Meena GShard
  Switch ML Impact ENERGY STAR GUM A B C K N D U-Net SDXL SDXL-Turbo SDXL-Lightning LCM TensorRT Kandinsky SSD-1B diffusers CUDA`.split(/\s+/).filter(Boolean));

/** Opens every fold, waits for what opening loads, and returns the page's visible text (without links' addresses). */
async function visibleText(page) {
  for (let round = 0; round < 3; round += 1) {
    await page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => { d.open = true; }));
    await page.waitForTimeout(700);
  }
  return page.evaluate(() => {
    // Text a reader reads: not a code sample, an input's value or the embed snippet.
    const skip = (n) => n.parentElement?.closest('code, textarea, script, style');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!skip(n) && el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') parts.push(n.textContent);
    }
    return parts.join('\n').replace(/https?:\/\/\S+/g, '');
  });
}

const UNIT = '(?:[kMGT]?Wh|[kM]?W|度|万度|亿度|万亿度|瓦时|千瓦|瓦|GB|TB|元|美元|欧元|kg|吨|t|L|升|m³|km|公里|克|g|million|billion|trillion|万|亿|万亿)';
const BROKEN = new RegExp(`\\d[ \\t\\n]${UNIT}(?![A-Za-z0-9])`, 'u');

for (const lang of ['zh', 'en']) {
  test(`every page state reads as ${lang === 'zh' ? 'Chinese' : 'English'}: no code names, no stray English, no number broken from its unit`, async () => {
    const found = { code: [], latin: new Map(), broken: [], mixed: [], spaced: [] };
    for (const link of STATES) {
      const { page, context } = await open(app.browser, `${app.server.url}?${link}&lang=${lang}`, { viewport: { width: 1280, height: 900 } });
      await page.waitForSelector(READY);
      const text = await visibleText(page);
      for (const line of text.split('\n')) {
        if (/\b\w+\.(rs|md|csv)\b|`|\bpreset=|\b[a-z]+_[a-z_]+\b|::/.test(line)) found.code.push(`${link}: ${line.slice(0, 120)}`);
        // One unit system a line: 度 (Chinese kWh) never beside kWh or Wh.
        if (lang === 'zh' && /度/.test(line) && /\d[\s\u00a0]*k?Wh\b/.test(line)) found.mixed.push(`${link}: ${line.slice(0, 120)}`);
        const broken = line.match(BROKEN);
        if (broken) found.broken.push(`${link}: …${line.slice(Math.max(0, broken.index - 30), broken.index + 20)}…`);
        if (lang === 'zh') {
          const spaced = line.match(/\p{Script=Han}[ \u00a0]\p{Script=Han}/u);
          if (spaced) found.spaced.push(`${link}: …${line.slice(Math.max(0, spaced.index - 20), spaced.index + 20)}…`);
          for (const token of line.match(/[A-Za-z0-9À-ÖØ-öø-ÿ][A-Za-z0-9À-ÖØ-öø-ÿ.'’+-]*/g) ?? []) {
            const w = token.replace(/[.'’-]+$/, '');
            // Codes with digits (H100, GPT-4, 1.8T) are names; so are the allow-list's.
            if (/[A-Za-zÀ-ÖØ-öø-ÿ]/.test(w) && !/\d/.test(w) && !NAMES.has(w) && !found.latin.has(w)) found.latin.set(w, `${link}: ${line.slice(0, 120)}`);
          }
        }
      }
      await context.close();
    }
    assert.deepEqual(found.code, [], 'code identifiers');
    assert.deepEqual(found.broken, [], 'a number broken from its unit');
    assert.deepEqual(found.mixed, [], 'kWh or Wh beside 度 in one line');
    assert.deepEqual([...new Set(found.spaced)], [], 'a space between two Chinese words');
    assert.deepEqual([...found.latin.entries()].map(([w, where]) => `${w} — ${where}`), [], 'English words in Chinese text');
  });
}
