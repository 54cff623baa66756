#!/usr/bin/env python3
"""Where the calculator stands on long prompts before any change (groundwork for issue 23, prefill as its own
phase): Epoch AI's GPT-4o-class estimates ("How much energy does ChatGPT use?", Feb 2025: ~0.3 Wh for a typical
query of 500 output tokens, ~2.5 Wh with 10k input tokens, ~40 Wh with 100k; 100B active of ~400B parameters on
H100s, PUE 1.2) set beside the calculator's Wh per query for the same model, answer and prompt lengths, and the growth
from 10k to 100k input tokens (Epoch ×16: attention over the context; linear in the prompt would be ×10).

Needs the release CLI (`cargo build --release -p ai-energy-cli`); standard library only; not part of the test run.
Usage: python3 scripts/long_prompt_facts.py
"""
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI = ROOT / "target/release/ai-energy"
EPOCH_WH = {200: 0.3, 10_000: 2.5, 100_000: 40.0}


def per_query(link):
    out = json.loads(subprocess.run([str(CLI), link], capture_output=True, text=True, check=True).stdout)
    assert out["problems"] == [], out["problems"]
    return out["inference_wh_per_query"]


def main():
    print("| input tokens | Epoch Wh | calculator Wh (low–high) | calculator ÷ Epoch |")
    print("|---|---|---|---|")
    central = {}
    for itq, epoch in EPOCH_WH.items():
        wh = per_query(f"v=1&params=400B&active=100B&tpq=500&itq={itq}&servehw=h100&prec=fp8&pue=1.2")
        central[itq] = wh["central"]
        print(f"| {itq:,} | {epoch} | {wh['central']:.3g} ({wh['low']:.3g}–{wh['high']:.3g}) | ×{wh['central'] / epoch:.2f} |")
    print(f"\n10k → 100k input tokens: Epoch ×{EPOCH_WH[100_000] / EPOCH_WH[10_000]:.0f}, "
          f"calculator ×{central[100_000] / central[10_000]:.1f}")


if __name__ == "__main__":
    main()
