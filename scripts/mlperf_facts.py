#!/usr/bin/env python3
"""Where the calculator stands against an optimised serving engine before any change (groundwork for issue 23):
core/tests/data/mlperf-power.csv holds MLPerf Inference v4.0 Power results — Llama-2-70B served by TensorRT-LLM in
FP8 on 8×H100 (power-capped), whole server at the wall. For each measured row this prints the calculator's Wh per
request for the same model, hardware, precision, replica size and output length at the GPU-benchmark facility
boundary (`util=1&pue=1`; host power is inside the wall figure, so `host` keeps its range), for several prompt
lengths (the file gives none: OpenOrca prompts are at most 1,024 tokens) and batches (NVIDIA's configuration allows
896 sequences in flight; absent = the calculator's batch range), and the ratio calculator ÷ measured.

Needs the release CLI (`cargo build --release -p ai-energy-cli`); standard library only; not part of the test run.
Usage: python3 scripts/mlperf_facts.py
"""
import csv
import json
import pathlib
import statistics
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI = ROOT / "target/release/ai-energy"
ROWS = list(csv.DictReader(open(ROOT / "core/tests/data/mlperf-power.csv")))


def per_request(link):
    out = json.loads(subprocess.run([str(CLI), link], capture_output=True, text=True, check=True).stdout)
    assert out["problems"] == [], out["problems"]
    return out["inference_wh_per_query"]


def main():
    print("| system | scenario | measured Wh/request | prompt tokens | batch | calculator Wh (low–high) | ×measured |")
    print("|---|---|---|---|---|---|---|")
    ratios = {}
    for r in ROWS:
        measured = float(r["wall_wh_per_request"])
        for prompt in (200, 500, 1000):
            for batch in ("896", ""):
                link = (f"v=1&params={r['total_params_b']}B&prec=fp8&hw=h100&gpus={r['gpus_per_replica']}"
                        f"&tpq={r['mean_output_tokens']}&itq={prompt}&util=1&pue=1" + (f"&batch={batch}" if batch else ""))
                wh = per_request(link)
                ratio = wh["central"] / measured
                ratios.setdefault((prompt, batch or "range"), []).append(ratio)
                print(f"| {r['system'].split(' (')[0]} | {r['scenario']} | {measured:.4f} | {prompt} | {batch or 'range'} "
                      f"| {wh['central']:.4f} ({wh['low']:.4f}–{wh['high']:.4f}) | ×{ratio:.2f} |")
    print("\nMedian calculator ÷ measured over the rows:")
    for (prompt, batch), values in sorted(ratios.items()):
        print(f"  prompt {prompt} tokens, batch {batch}: ×{statistics.median(values):.2f}")


if __name__ == "__main__":
    main()
