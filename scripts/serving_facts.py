#!/usr/bin/env python3
"""Where the text-serving model stands against an optimised engine and long prompts, through the release CLI
(written before data version 2026.12-5 to measure the gap; it now prints each engine):

1. An optimised engine: core/tests/data/mlperf-power.csv holds MLPerf Inference v4.0 Power results — Llama-2-70B
   served by TensorRT-LLM in FP8 on 8×H100 (power-capped), whole server at the wall. For each row: the calculator's
   Wh per request for the same model, hardware, precision, replica size and output length at the wall (`util=1&pue=1`;
   host power is inside the wall figure, so `host` keeps its range), for several prompt lengths (the file gives none:
   OpenOrca prompts are at most 1,024 tokens) and batches (NVIDIA's configuration allows 896 sequences in flight;
   absent = the calculator's batch range), and calculator ÷ measured.
2. Long prompts: Epoch AI's GPT-4o-class estimates ("How much energy does ChatGPT use?", Feb 2025: ~0.3 Wh for a
   typical query of 500 output tokens, ~2.5 Wh with 10k input tokens, ~40 Wh with 100k; 100B active of ~400B
   parameters on H100s, PUE 1.2) beside the calculator's Wh per query, and the growth from 10k to 100k input tokens
   (Epoch ×16: attention over the context; linear in the prompt would be ×10).

Needs the release CLI (`cargo build --release -p ai-energy-cli`); standard library only; not part of the test run.
Usage: python3 scripts/serving_facts.py
"""
import csv
import json
import pathlib
import statistics
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI = ROOT / "target/release/ai-energy"
EPOCH_WH = {200: 0.3, 10_000: 2.5, 100_000: 40.0}


def per_query(link):
    """The calculator's Wh per query (low, central, high) for a link."""
    out = json.loads(subprocess.run([str(CLI), link], capture_output=True, text=True, check=True).stdout)
    assert out["problems"] == [], out["problems"]
    return out["inference_wh_per_query"]


def optimised_engine():
    rows = list(csv.DictReader(open(ROOT / "core/tests/data/mlperf-power.csv")))
    print("1. An optimised engine (MLPerf v4.0 Power, wall)\n")
    print("| system | scenario | measured Wh/request | engine | prompt tokens | batch | calculator Wh (low–high) | ×measured |")
    print("|---|---|---|---|---|---|---|---|")
    ratios = {}
    for r in rows:
        measured = float(r["wall_wh_per_request"])
        for engine in ("optimised", "reference", "either"):
            for prompt in (200, 500, 1000):
                for batch in ("896", ""):
                    link = (f"v=1&params={r['total_params_b']}B&prec=fp8&hw=h100&gpus={r['gpus_per_replica']}"
                            f"&tpq={r['mean_output_tokens']}&itq={prompt}&util=1&pue=1&engine={engine}"
                            + (f"&batch={batch}" if batch else ""))
                    wh = per_query(link)
                    ratio = wh["central"] / measured
                    ratios.setdefault((engine, prompt, batch or "range"), []).append(ratio)
                    print(f"| {r['system'].split(' (')[0]} | {r['scenario']} | {measured:.4f} | {engine} | {prompt} "
                          f"| {batch or 'range'} | {wh['central']:.4f} ({wh['low']:.4f}–{wh['high']:.4f}) | ×{ratio:.2f} |")
    print("\nMedian calculator ÷ measured over the rows:")
    for (engine, prompt, batch), values in sorted(ratios.items()):
        print(f"  {engine}, prompt {prompt} tokens, batch {batch}: ×{statistics.median(values):.2f}")


def long_prompts():
    print("\n2. Long prompts (Epoch AI, GPT-4o class)\n")
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
    optimised_engine()
    long_prompts()
