#!/usr/bin/env python3
"""What the public diffusion measurements show before any model is fitted (groundwork for issue 22, images and
videos): core/tests/data/mlenergy-v3-diffusion.csv, GPU energy per image or video from the ML.ENERGY Leaderboard
v3.0. Prints three tables, each from the measurements alone:

1. batching: energy per item at batch b ÷ at batch 1, one GPU (a diffusion step is compute-bound at batch 1);
2. GPUs: energy per item and batch latency with g GPUs ÷ with one, batch 1 (the lowest-energy sequence-parallel
   layout of each g; Ulysses and ring degrees are columns of the file);
3. B200 ÷ H100: energy per item and latency, one GPU, batch 1, with each chip's mean power.

Standard library only; not part of the test run. Usage: python3 scripts/diffusion_facts.py
"""
import collections
import csv
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(ROOT / "core/tests/data/mlenergy-v3-diffusion.csv")))


def joules(r):
    return float(r["gpu_joules_per_item"])


def batching():
    print("1. Energy per item at batch b ÷ at batch 1 (one GPU)")
    table = collections.defaultdict(dict)
    for r in rows:
        if r["gpus"] == "1":
            table[(r["nickname"], r["gpu"])][int(r["batch"])] = joules(r)
    for (model, gpu), by_batch in sorted(table.items()):
        ratios = ", ".join(f"{b}: {j / by_batch[1]:.2f}" for b, j in sorted(by_batch.items()))
        print(f"   {model} on {gpu} ({by_batch[1]:,.0f} J at batch 1): {ratios}")


def gpus():
    print("2. With g GPUs ÷ with one (batch 1): energy per item, latency")
    table = collections.defaultdict(dict)
    for r in rows:
        if r["batch"] == "1":
            g, best = int(r["gpus"]), table[(r["nickname"], r["gpu"])]
            if g not in best or joules(r) < best[g][0]:
                best[g] = (joules(r), float(r["batch_latency_s"]))
    for (model, gpu), by_gpus in sorted(table.items()):
        j1, t1 = by_gpus[1]
        ratios = ", ".join(f"{g}: ×{j / j1:.2f} energy, ×{t / t1:.2f} time" for g, (j, t) in sorted(by_gpus.items()) if g > 1)
        print(f"   {model} on {gpu}: {ratios}")


def chips():
    print("3. B200 ÷ H100 (one GPU, batch 1): energy per item, latency; mean power of each")
    one = {(r["nickname"], r["gpu"]): r for r in rows if r["gpus"] == "1" and r["batch"] == "1"}
    for model in sorted({m for m, _ in one}):
        h, b = one.get((model, "H100")), one.get((model, "B200"))
        if h and b:
            latency = float(b["batch_latency_s"]) / float(h["batch_latency_s"])
            print(f"   {model}: energy ×{joules(b) / joules(h):.2f}, time ×{latency:.2f}; "
                  f"{float(h['mean_gpu_power_w_all_gpus']):.0f} W on H100, {float(b['mean_gpu_power_w_all_gpus']):.0f} W on B200")


if __name__ == "__main__":
    batching()
    gpus()
    chips()
